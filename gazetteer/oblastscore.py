"""How alike a text's match key and a name form's key of an oblast are
(:func:`form_score`), as :meth:`gazetteer.oblasts.OblastTable.parse` weighs them: a short
word is a name only as written or with an abbreviation's dot."""

from __future__ import annotations

from rapidfuzz import fuzz

from translit.lazyre import lazy_compile

#: The endings of an adjective's match key (Kharkivska, Kharkivskii): its stem is the rest.
_ADJECTIVE_END = lazy_compile(r"(?:sk|Ck|Sk|sck|ck)?(?:a|ii|i|oi|e)$")
#: The vowels of a match key: a word cut after one is no abbreviation (Don., Khark., Odes.;
#: done, a stray English word, is not Donetska).
_KEY_VOWELS = frozenset("aeiou")


def form_score(key: str, form_key: str, adjective: bool, dotted: bool = False) -> float:
    """How alike ``key`` (a text's) and ``form_key`` (a unit's name's) are, 0-100.

    A short word is a name only as written: a word is read as a unit's name cut short only
    with the dot of an abbreviation (``Tern.``, ``Sum.``, ``Don.``) or when it is most of the
    name (``Odes``, ``Donets``: a letter short; ``Kharkov``, ``Lviv``: an adjective's whole
    stem, four letters or more), so that stray English words (sum, tern, don, win, mykola)
    name no oblast; and a word that only begins with a name (``doneness``, ``winning``,
    ``Lvivstar``) is none unless the name is most of it (``Zaporizia``, ``Lutskyi``).
    """
    if key == form_key:
        return 100.0
    stem = _ADJECTIVE_END.sub("", form_key) if adjective else form_key
    cut = key[-1] in _KEY_VOWELS
    # a stem less a consonant of its own (Донецька: done, Одеська: ode) meets a declined
    # form less its ending (Донецької, Одеської) and an abbreviation (Don., Vinn.), but no
    # word cut after a vowel (done, one, code)
    whole = form_key if cut and stem[-1:] in _KEY_VOWELS else stem
    if key == whole and (dotted or len(key) >= 4):
        return 99.0  # (the stem alone: Kharkov, Lviv; sum is no Sumska)
    declined = _ADJECTIVE_END.sub("", key)
    if adjective and len(stem) >= 3 and declined != key and declined == stem:
        return 99.0  # (its adjective in another case: Вінницької, Харьковской)
    shorter, longer = sorted((key, form_key), key=len)
    if longer.startswith(shorter) and shorter != longer:
        if shorter != key:  # a name and more: an ending (Lutskyi), not another word
            if len(shorter) >= 4 and len(longer) - len(shorter) <= min(4, len(shorter) - 1):
                return 95.0
        elif not _cut_short(key, form_key, stem, adjective, dotted=dotted, cut=cut):
            if len(key) >= 4 or dotted:  # (Don., Vinn.: alike enough to the name)
                return 95.0 if len(key) >= 4 else _alike(key, form_key, whole)
            return 0.0  # (sum is no Sumy)
        else:
            return 0.0  # (tern is no Ternopil, nor mykola Mykolaiv; Tern. is)
    if (
        adjective
        and len(stem) >= 4
        and key.startswith(stem)
        and 0 < len(key) - len(stem) <= 3
        and fuzz.ratio(key, form_key) >= 70  # (Zaporizia, Donestk; not doneness, winning)
    ):
        return 94.0
    if len(key) < 4 and not dotted:
        return 0.0  # (don, win, low: no abbreviation without its dot)
    return _alike(key, form_key, whole)


def _cut_short(
    key: str, form_key: str, stem: str, adjective: bool, *, dotted: bool, cut: bool
) -> bool:
    """Whether ``key``, the beginning of ``form_key``, is too short a part of it to name it:
    an abbreviation has its dot and ends in a consonant (Tern., Khark.); without a dot, a
    word lacks at most a letter of the name (Odes, Donets) or reaches the adjective's stem
    of four letters or more (Kharkivs; not sums); and a word cut after a vowel is no
    abbreviation (mykola, vini)."""
    if cut:
        return True
    if dotted:
        return False
    return len(form_key) - len(key) > 1 and not (adjective and len(key) >= len(stem) >= 4)


def _alike(key: str, form_key: str, whole: str) -> float:
    return max(fuzz.ratio(key, form_key), fuzz.ratio(key, whole)) - 0.5
