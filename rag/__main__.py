from rag.cli import main
import sys

sys.exit(main())
