"""``python -m gazetteer``: the command line (:mod:`gazetteer.cli`)."""

from .command import main

main()
