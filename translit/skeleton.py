"""``consonant_skeleton``: what is left of a name when only its consonant classes count.

:func:`translit.match_key` collapses the spellings of one name written by people who read
the Cyrillic: every romanisation standard and habit agrees on the vowels and the letters.
Names written in other scripts do not: Arabic and Hebrew write few vowels (أفديييفكا,
אבדייבקה for Avdiivka), Japanese, Korean and Chinese insert vowels between consonants
and have no l/r distinction (クレメンチューク, 루한시크, 克列緬丘格), Arabic has no p or v,
Georgian adds a case ending, Japanese writes a syllable's closing в as the vowel ウ. Once
romanised (ICU ``Any-Latin``, through ``match_key``) such names keep little more than their
consonants, roughly in order.

The skeleton keeps exactly that, so that a fuzzy comparison of skeletons can find them:

1. The match key of the text (so every Cyrillic and Latin spelling agrees first).
2. Vowels, and ``y``/``j``, are dropped; so are Arabic waw and Hebrew vav, which write the
   vowels o and u in foreign names, once the spellings those scripts use for Slavic sounds
   are read (צ׳ and تش for ч, ז׳ for ж, a double vav for v).
3. Consonants that other scripts confuse fall into one class each: labials ``b p v w f``
   -> ``b``; liquids ``l r`` -> ``r``; velars and the h/ch class ``k g q x H`` -> ``k``;
   sibilants ``s z c S C`` -> ``s``; dentals ``d t`` -> ``t``.
4. Runs of one class collapse.

The skeleton is lossy by design: many names share one (Lviv, Rivne's Japanese form). It is
evidence for a guess among well-known places, never an identification on its own.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .keys import first_of_run, match_key
from .lazyre import lazy_compile

if TYPE_CHECKING:
    import icu

__all__ = ["consonant_skeleton", "is_pinyin", "skeleton_of_key"]

_CLASSES = str.maketrans(
    {
        **dict.fromkeys("aeiouyj"),
        **dict.fromkeys("bpvwf", "b"),
        **dict.fromkeys("lr", "r"),
        **dict.fromkeys("kgqxH", "k"),
        **dict.fromkeys("szcSC", "s"),
        **dict.fromkeys("dt", "t"),
    }
)
_RUNS = lazy_compile(r"(.)\1+")
# Arabic waw and Hebrew vav mostly write the vowels o and u in foreign names (أوديسا,
# אודסה: Odesa): both are dropped, once a double vav has been read as v.
_ABJAD = lazy_compile("[\u0590-\u05ff\u0600-\u06ff]")
_NO_WAW = str.maketrans(dict.fromkeys("\u0648\u0624\u05d5"))
# How Hebrew and Arabic spell the sounds of Slavic names they have no letter for: a letter
# with a geresh (צ׳ ч, ז׳ ж, ג׳ дж, either apostrophe), Arabic تش for ч; the double vav is v.
_GERESH_SOUNDS = (("צ'", "ч"), ("ץ'", "ч"), ("ז'", "ж"), ("ג'", "дж"))
_ABJAD_SOUNDS = (
    *(
        (spelling.replace("'", mark), letter)
        for mark in ("\u05f3", "'")
        for spelling, letter in _GERESH_SOUNDS
    ),
    ("וו", "в"),
    ("تش", "ч"),
)


# Japanese writes the в that closes a syllable of a Ukrainian name as ウ, a bare u after
# another kana (キーウ Kyiv, ハルキウ Kharkiv, リウネ Rivne, ロウ in ドニプロペトロウシク): read
# it as в, except after a kana of the u row, where it lengthens the vowel. ジ writes ж
# (ジトームィル Zhytomyr), which ICU reads as a j the skeleton would drop.
_KANA_V = lazy_compile(
    "(?<=[\u30a1-\u30fa\u30fc])(?<![\u30a5\u30a6\u30af\u30b0\u30b9\u30ba\u30c4\u30c5"
    "\u30cc\u30d5\u30d6\u30d7\u30e0\u30e5\u30e6\u30eb])\u30a6"
)


# Chinese transcribes Slavic names syllable by syllable; read in pinyin, its initials stand
# for other sounds than their letters: 基 ji is ки (基辅 Kyiv), 切 qie че, 西 xi си, 日 ri жи
# (日托米尔 Zhytomyr), 尔 er a closing р. The same holds for names already written in pinyin
# (``wa xi li ji fu``), told by every word being a pinyin syllable.
_HAN = lazy_compile("[\u3400-\u9fff]")
_PINYIN = lazy_compile(
    "(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan"
    "|ai|ei|ao|ou|an|en|er|in|un|ia|ie|iu|ua|uo|ue|ui|a|o|e|i|u|v)"
)
_PINYIN_INITIALS = {"j": "k", "q": "ch", "x": "s", "r": "zh", "c": "ts"}
# Korean writes a closing в as 우 too (키이우 Kyiv, 리우네 Rivne), and ㅈ, romanised j, is ж
# (우주호로드 Uzhhorod).
_HANGUL = lazy_compile("[\uac00-\ud7a3]")
_HANGUL_V = lazy_compile("(?<=[\uac00-\ud7a3])\uc6b0")


@lru_cache(maxsize=4)
def _romaniser(rules: str) -> icu.Transliterator:
    import icu  # (here: a start that romanises no other script need not load ICU)

    return icu.Transliterator.createInstance(rules)


def _from_pinyin(syllables: list[str]) -> str:
    """Pinyin syllables with their initials as Chinese transcription uses them."""
    out = []
    for syllable in syllables:
        found = _PINYIN.fullmatch(syllable)
        if syllable == "er":
            out.append("r")
        elif found and found.group(1):
            out.append(_PINYIN_INITIALS.get(found.group(1), found.group(1)) + found.group(2))
        else:
            out.append(syllable)
    return " ".join(out)


def _as_pinyin(text: str) -> list[str] | None:
    """The syllables of a name written in pinyin (two words at least), else None."""
    words = text.lower().split()
    if len(words) >= 2 and all(_PINYIN.fullmatch(w) for w in words):
        return words
    return None


def is_pinyin(text: str) -> bool:
    """Whether ``text`` reads as Chinese in pinyin: two words or more, each a syllable.

    >>> is_pinyin("wa xi li ji fu"), is_pinyin("Nova Kakhovka"), is_pinyin("Sai")
    (True, False, False)
    """
    return text.isascii() and _as_pinyin(text) is not None


def _east_asian(text: str) -> str:
    """``text`` with its Chinese, Korean or pinyin read as their transcriptions mean."""
    if _HAN.search(text):
        text = _romaniser("Han-Latin; Latin-ASCII").transliterate(text)
        return _from_pinyin(text.lower().split())
    if _HANGUL.search(text):
        text = _HANGUL_V.sub("в", text)
        return _romaniser("Hangul-Latin; Latin-ASCII").transliterate(text).replace("j", "zh")
    if text.isascii():
        syllables = _as_pinyin(text)
        if syllables:
            return _from_pinyin(syllables)
    return text


@lru_cache(maxsize=65536)
def consonant_skeleton(text: str) -> str:
    """The consonant classes of ``text``, in order (see the module docs).

    >>> consonant_skeleton("Kremenchuk"), consonant_skeleton("クレメンチューク")
    ('krmnk', 'krmnk')
    >>> consonant_skeleton("Avdiivka") == consonant_skeleton("أفديييفكا")
    True
    >>> consonant_skeleton("Kharkiv") == consonant_skeleton("ハルキウ")
    True
    """
    if not isinstance(text, str):
        raise TypeError(f"consonant_skeleton() expects a str, got {type(text).__name__}")
    if _ABJAD.search(text):
        for spelling, letter in _ABJAD_SOUNDS:
            text = text.replace(spelling, letter)
        text = text.translate(_NO_WAW)
    if "\u30a6" in text:
        text = _KANA_V.sub("в", text)
    text = _east_asian(text.replace("\u30b8", "ж"))
    return skeleton_of_key(match_key(text))


def skeleton_of_key(key: str) -> str:
    """The consonant skeleton of a match key: that of its text when the text is in Latin
    or Cyrillic letters and not pinyin (no script of its own to read first).

    >>> skeleton_of_key(match_key("Kremenchuk")) == consonant_skeleton("Kremenchuk")
    True
    """
    return _RUNS.sub(first_of_run, key.translate(_CLASSES))
