"""The error family: every failure a user can cause is one of these, with a clear message."""

from __future__ import annotations


class GazetteerError(ValueError):
    """Base of the gazetteer's errors; the CLI prints the message and exits with code 2."""


class UnknownCodeError(GazetteerError, LookupError):
    """A code that is not in the gazetteer."""

    def __init__(self, code: str) -> None:
        super().__init__(f"no entry with code {code!r}")
        self.code = code


class GazetteerFileError(GazetteerError):
    """A user gazetteer file that cannot be read as documented."""


class UnknownSourceError(GazetteerError):
    """A name source that does not exist (see ``NAME_SOURCES``)."""


class OutputError(GazetteerError):
    """An output or report file that cannot be written where asked."""


class InputError(GazetteerError):
    """An input file that cannot be read as asked: encoding, quoting, header, columns."""
