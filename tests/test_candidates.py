"""The fast scoring loop against its definition: rank.score_form applied to every form."""

from __future__ import annotations

import random

import pytest
from rapidfuzz import fuzz

from gazetteer import NAME_SOURCES, Gazetteer
from gazetteer.candidates import MAX_FORMS, EntryPriors, Reading, gather
from gazetteer.index import NameForm, NameIndex
from gazetteer.letterforms import normal_form, plain_latin
from gazetteer.rank import (
    ADMIN_CATEGORIES,
    Prepared,
    Scored,
    in_other_script,
    is_cyrillic,
    order,
    score_form,
    typo_similarity,
)
from translit import match_key


def _prepared(name: str, wants: str = "", hint: tuple[str, ...] = (), raion=()) -> Prepared:  # type: ignore[no-untyped-def]
    return Prepared.of(name, wants=wants, hint=hint, units=tuple(raion))


def _by_definition(gz: Gazetteer, q: Prepared, groups: list[tuple[str, list[int]]]) -> list[Scored]:
    """Every form through score_form; per entry the first form of the highest rank."""
    best: dict[int, Scored] = {}
    for key, positions in groups:
        for p in positions:
            form = gz.index.form(p)
            entry = gz.entries[form.entry]
            if entry.category in ADMIN_CATEGORIES and q.wants != entry.category and key != q.key:
                continue
            if is_cyrillic(q.normal) and (form.text.isascii() or in_other_script(form.text)):
                continue  # a Cyrillic query is read against Cyrillic (and Latin) forms only
            s = score_form(
                q,
                form,
                normal_form(form.text),
                match_key(form.text),
                plain_latin(form.text),
                entry,
                is_seat=form.entry in gz.seats,
                population=gz.population.get(form.entry, 0),
            )
            held = best.get(form.entry)
            if held is None or s.rank > held.rank:
                best[form.entry] = Scored(
                    form.entry, s.score, s.rank, s.importance, s.kind, form, s.explain
                )
    return order(list(best.values()))


def _queries(gz: Gazetteer) -> list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
    rng = random.Random(4)
    picked = rng.sample([e for e in gz if e.category in "KMXC"], 60)
    out = []
    for i, e in enumerate(picked):
        name = (e.name_uk, e.name)[i % 2]
        if i % 3 == 0:  # a typo
            at = rng.randrange(len(name))
            name = name[:at] + name[at + 1 :]
        elif i % 3 == 1 and len(name) > 3:  # two letters swapped
            at = rng.randrange(1, len(name) - 2)
            name = name[:at] + name[at + 1] + name[at] + name[at + 2 :]
        wants = ("", "C", "M", "O")[i % 4]
        hint = (e.oblast,) if i % 5 == 0 else ("UA-65",) if i % 5 == 1 else ()
        raion = (e.raion_code,) if i % 7 == 0 and e.raion_code else ()
        out.append((name, wants, hint, raion))
    return [*out, ("Kyiv", "", (), ()), ("Kherson", "O", (), ()), ("Odesa", "P", (), ())]


@pytest.mark.parametrize("sources", [NAME_SOURCES, ("official", "former")])
def test_fast_scores_are_score_form_scores(gz: Gazetteer, sources: tuple[str, ...]) -> None:
    priors = EntryPriors(gz.entries, gz.seats, gz.population)
    answered = 0
    for name, wants, hint, raion in _queries(gz):
        q = _prepared(name, wants, hint, raion)
        groups = gather(gz.index, q.key, frozenset(sources), hint, priors.oblast)
        fast = Reading(q, gz.index, gz.entries, priors, gz.population).ranked(groups)
        slow = _by_definition(gz, q, groups)
        answered += bool(fast)
        assert [(s.position, s.score, s.rank, s.importance, s.kind) for s in fast] == [
            (s.position, s.score, s.rank, s.importance, s.kind) for s in slow
        ], name
        assert [(s.form, s.explain) for s in fast] == [(s.form, s.explain) for s in slow], name
    assert answered >= 50


def test_gather_reads_near_keys_only_when_needed(gz: Gazetteer) -> None:
    priors = EntryPriors(gz.entries, gz.seats, gz.population)
    key = match_key("Lyubymivka")
    everything = frozenset(NAME_SOURCES)
    assert [k for k, _ in gather(gz.index, key, everything, (), priors.oblast)] == [key]
    # Kyiv is in no Lyubymivka's oblast: the typo neighbours are read as well.
    hinted = gather(gz.index, key, everything, ("UA-30",), priors.oblast)
    assert [k for k, _ in hinted] == [key, *gz.index.near_keys(key)][: len(hinted)]
    assert len(hinted) > 1
    assert sum(len(positions) for _, positions in hinted) <= MAX_FORMS
    official = gather(gz.index, key, frozenset({"official"}), (), priors.oblast)
    assert all(gz.index.source_of(p) == "official" for _, ps in official for p in ps)


def test_index_spellings_are_the_query_spellings(gz: Gazetteer) -> None:
    index = gz.index
    for p in range(0, len(index), 7):
        text = index.text_of[p]
        assert index.normal_of(p) == normal_form(text), text
        assert index.latin_of[p] == plain_latin(text), text
        assert index.may_have_normal(normal_form(text)), text
    assert not index.may_have_normal(normal_form("Zzyzx Qwerty"))


def test_scored_needs_its_reasons_or_an_origin() -> None:
    with pytest.raises(ValueError):
        Scored(0, 100.0, 100.0, 0.0, "exact")
    form = NameForm(0, "Київ", "official")
    assert Scored(0, 100.0, 100.0, 0.0, "exact", form, ("why",)).explain == ("why",)


def test_small_index_spellings() -> None:
    index = NameIndex(
        [NameForm(0, "Івано-Франківськ", "official"), NameForm(1, "Kyiv", "official")]
    )
    assert index.normal_of(0) == "івано франківськ"
    assert index.latin_of[0] == "ivano frankivsk"  # the soft sign's apostrophe goes
    assert index.normal_of(1) == "kyiv" == index.latin_of[1]


def test_typo_similarity_counts_a_swap_as_one_edit() -> None:
    # Indel: 'marynivka' -> 'mayrnivka' is a delete and an insert (2 of 18 letters)...
    assert fuzz.ratio("marynivka", "mayrnivka") == pytest.approx(100 * (1 - 2 / 18))
    # ...a swap counts one, as a dropped letter does (1 of 17)
    assert typo_similarity("marynivka", "mayrnivka") == pytest.approx(100 * (1 - 1 / 18))
    assert typo_similarity("myrnivka", "mayrnivka") == fuzz.ratio("myrnivka", "mayrnivka")
    # a changed letter still costs two, and an equal pair is 100
    assert typo_similarity("marynivka", "marinivka") == fuzz.ratio("marynivka", "marinivka")
    assert typo_similarity("kyiv", "kyiv") == 100.0
    assert typo_similarity("", "") == fuzz.ratio("", "")


def test_rounded_scores_are_round_to_two_digits() -> None:
    """Scores rounded from a table are the numbers round() gives, the sign of 0 kept, also
    when a value comes again and after the table is emptied for being full."""
    from gazetteer import scored

    rng = random.Random(5)
    values = [rng.uniform(0, 100) for _ in range(2000)]
    values += [0.125, 0.375, 2.675, 96.005, 96.015, 89.0, 100.0, 99.995, 1e-9, 0.0, -0.0]
    assert scored.rounded(values) == [round(v, 2) for v in values]
    again = scored.rounded(values[::-1])  # now read from the table
    assert again == [round(v, 2) for v in values[::-1]]
    assert [str(v) for v in scored.rounded([-0.0, 0.0, -0.0])] == ["-0.0", "0.0", "-0.0"]
    assert str(scored.rounded([0.0, -0.0])[1]) == "-0.0"
    scored._ROUNDED.update({float(n): float(n) for n in range(scored.ROUNDED_KEPT + 1)})
    assert scored.rounded([2.675, 1.005]) == [round(2.675, 2), round(1.005, 2)]
    assert len(scored._ROUNDED) <= 2  # the full table was emptied
