"""``python -m translit``: the command line (:mod:`translit.cli`)."""

import sys

from .cli import main

sys.exit(main())
