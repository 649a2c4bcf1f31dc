"""The runs of capitalised words a place name in running text is sought in, and the spans of
one run that may be a name: a run goes on across the small words a gazetteer's names hold
between capitalised ones (``Freiburg im Breisgau``, ``Rothenburg ob der Tauber``,
``Castellammare di Stabia``: :attr:`Gazetteer.small_words`, read off a file of your own),
which neither start nor end a name, nor count among its words."""

from __future__ import annotations

from collections.abc import Collection, Iterator

#: A word as the reading of text holds it: (start, end, the word).
Word = tuple[int, int, str]


def run_end(text: str, words: list[Word], i: int, small: Collection[str]) -> int:
    """The index after the run of capitalised words that begins at word ``i``: those that
    follow with only spaces between, and ``small`` words between two of them."""
    end = i + 1
    while end < len(words):
        k = end
        while k < len(words) and words[k][2] in small and _spaced(text, words, k):
            k += 1  # (small words are written in lower case: im, ob der)
        if k == len(words) or not words[k][2][0].isupper() or not _spaced(text, words, k):
            break
        end = k + 1
    return end


def name_sizes(words: list[Word], i: int, end: int, most: int) -> Iterator[int]:
    """How many words a name beginning at word ``i`` of a run (ending before ``end``) may
    take, longest first: up to ``most`` capitalised ones, never ending on a small word;
    nothing when word ``i`` is a small word. A word of a script that writes no capitals
    (Georgian) is a run, and a name, of its own (:func:`caseless`)."""
    if not words[i][2][0].isupper() and not caseless(words[i][2][0]):
        return
    sizes, capitals = [], 0
    for size in range(1, end - i + 1):
        if size == 1 or words[i + size - 1][2][0].isupper():
            capitals += 1
            if capitals > most:
                break
            sizes.append(size)
    yield from reversed(sizes)


def _spaced(text: str, words: list[Word], k: int) -> bool:
    """Whether only spaces stand between word ``k`` and the word before it."""
    return not text[words[k - 1][1] : words[k][0]].strip()


def caseless(letter: str) -> bool:
    """Whether ``letter`` is of a script whose writers write no capitals: Georgian (whose
    Mkhedruli Unicode files as lower case), Arabic, Hebrew, CJK."""
    return "\u10d0" <= letter <= "\u10ff" or (letter.isalpha() and letter.upper() == letter.lower())
