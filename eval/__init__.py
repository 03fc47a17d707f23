"""The evaluation suite: a fact set, metrics, a runner with reports and CI gates."""
