"""Scripts and romanisation standards: transliterate, detect, reverse, match keys."""

from .keys import match_key

__all__ = ["match_key"]
