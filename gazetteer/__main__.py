"""``python -m gazetteer``: the command line (:mod:`gazetteer.cli`)."""

import sys

from .cli import main

sys.exit(main())
