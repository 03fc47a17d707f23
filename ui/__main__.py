"""`python -m ui`: the same as `rag ui`."""

import sys

from rag.cli import main

sys.exit(main(["ui", *sys.argv[1:]]))
