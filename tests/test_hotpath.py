"""The shortcuts of the query's hot path give what the long way gives."""

from __future__ import annotations

import pickle
import random
from itertools import groupby

import pytest

import translit.keys as keys
from gazetteer import NAME_SOURCES, Gazetteer
from gazetteer.candidates import MAX_FORMS, gather
from gazetteer.model import Match, made_match
from gazetteer.query import clean_query
from gazetteer.rank import Scored
from translit import match_key


def _groups_key_by_key(gz: Gazetteer, near: list[str], room: int, wanted: set[int] | None):
    """What gather read of the near keys, key by key, before NameIndex.keyed_groups."""
    out = []
    for key in near:
        if room <= 0:
            break
        positions = gz.index.keyed_array(key)
        if wanted is not None:
            positions = [p for p in positions if gz.index.source_id_of[p] in wanted]
        if positions:
            out.append((key, list(positions[:room])))
            room -= len(positions)
    return out


@pytest.mark.parametrize("query", ["Khreshenivka", "Ivanivak", "Mykhailivak", "Odessa"])
@pytest.mark.parametrize("room", [MAX_FORMS, 7, 1, 0])
@pytest.mark.parametrize("wanted", [None, {0}, {1, 3}])
def test_keyed_groups_read_as_key_by_key(
    gz: Gazetteer, query: str, room: int, wanted: set[int] | None
) -> None:
    near = [*gz.index.near_keys(match_key(query)), "nosuchkey"]
    found = gz.index.keyed_groups(near, room, wanted)
    assert [(k, list(p)) for k, p in found] == _groups_key_by_key(gz, near, room, wanted)


def test_gather_keeps_only_the_allowed_sources(gz: Gazetteer) -> None:
    official = frozenset({"official"})
    groups = gather(gz.index, match_key("Kreminnna"), official, (), gz._finder().priors.oblast)
    assert groups and all(
        NAME_SOURCES[gz.index.source_id_of[p]] == "official" for _, ps in groups for p in ps
    )
    # Kreminna, the town of Luhansk oblast, a letter doubled: by its official name alone
    found = gz.lookup("Kreminnna", sources=["official"])
    assert found[0].entry.code == "UA44120030010038707"


def test_match_key_kept_is_the_key_made(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keys, "_KEYS", {})
    monkeypatch.setattr(keys, "KEYS_KEPT", 2)
    for text in ("Любимівка", "Lyubymivka", "Ljubymiwka", "Любимівка", "Харків"):
        assert match_key(text) == keys._key(text)
        assert len(keys._KEYS) <= 2  # then forgotten
    assert match_key("Любимівка") == match_key("Lyubymivka") == match_key("Ljubymiwka")
    with pytest.raises(TypeError):
        match_key(None)  # type: ignore[arg-type]


def test_made_match_is_the_match_record(gz: Gazetteer) -> None:
    kreminna = gz.entry("UA44120030010038707")
    fields = (kreminna, 93.5, "fuzzy", "Kreminna", False, ("a reason",))
    made, record = made_match(*fields), Match(*fields)
    assert made == record and hash(made) == hash(record) and repr(made) == repr(record)
    assert pickle.loads(pickle.dumps(made)) == record
    with pytest.raises(AttributeError):
        made.score = 100.0  # type: ignore[misc]  # as frozen as the record


def test_hint_read_once_is_read_alike(gz: Gazetteer) -> None:
    for _ in range(2):
        assert gz.hint_oblasts("Kherson Oblast") == ("UA-65",)
        assert gz.hint_oblasts("Херсонська обл.") == ("UA-65",)
        assert gz.hint_oblasts(None) == ()
        assert gz.hint_oblasts("") == ()


def test_only_bigger_places_are_read_beside_a_village(gz: Gazetteer) -> None:
    # mirgorodi: the village Миргороди (Kharkiv oblast) letter for letter, and
    # the consonants of the city Миргород, far bigger: the village unsure, the city beside it
    found = gz.resolve("mirgorodi", sources="official,russian,former".split(","))
    assert [(m.entry.code, m.kind) for m in found.candidates] == [
        ("UA63140030400028798", "variant"),  # C Миргороди, Kharkiv oblast
        ("UA53060230010027681", "loose"),  # M Миргород, Poltava oblast
    ]
    assert found.status == "ambiguous" and found.candidates[0].score == 89.0


def test_a_foreign_citys_name_is_made_plain_once(gz: Gazetteer) -> None:
    """The plain letters of a name the verdict asks about (whether it is a city abroad) are
    kept: a query asks twice or three times. The city is the same in any case and accents."""
    from gazetteer.foreign import ForeignCity, _plain, foreign_city

    paris = ForeignCity("Paris", "FR", 2138551)  # data/foreign_cities.tsv, from GeoNames
    assert foreign_city("Paris") == foreign_city("PARÍS") == foreign_city("paris") == paris
    gz.clear_cache()
    _plain.cache_clear()
    found = gz.resolve("Krasnodar", explain=False)  # a typo away from the village Краснодарка
    assert found.status == "unmatched"  # the city in Russia's name
    # made plain once: asked by named_abroad alone (said_abroad asks only with a text beside)
    assert _plain.cache_info().misses == 1


def test_a_lone_name_is_said_abroad_by_nothing_beside_it(gz: Gazetteer) -> None:
    from gazetteer.abroad import said_abroad

    everything = frozenset(NAME_SOURCES)
    for text, said in [("Valuyki", ""), ("Valuyki, Russia", "Russia"), ("Mariupol, Russia", "")]:
        first = gz._candidates(text, None, everything)[0]
        assert said_abroad(gz, text, first) == said
    # Mariupol, Russia: an occupier's label beside a Ukrainian city (Маріуполь, Donetsk oblast)
    assert gz.resolve("Mariupol, Russia").best.entry.code == "UA14140050010029262"


def test_the_trailing_parts_kept_are_those_of_the_very_question(gz: Gazetteer) -> None:
    from gazetteer.oblastnamed import trailing_parts, trailing_region

    lyman = clean_query("Lyman Donetsk oblast")  # the city Лиман, UA14120110010088407
    alone = ("Lyman", "", ("UA-14",), ())
    assert trailing_parts(gz, lyman, (), ()) == alone
    # with a hint, the oblast's words are not split off: another answer, not the one kept
    assert trailing_parts(gz, lyman, ("UA-63",), ()) == ("Lyman Donetsk", "O", ("UA-63",), ())
    assert trailing_parts(gz, lyman, (), ()) == alone
    assert trailing_parts(gz, clean_query("Lyman"), (), ()) == ("Lyman", "", (), ())
    assert trailing_region(gz, "Lyman Donetsk oblast") == ("UA-14",)
    assert trailing_region(gz, "Lyman") == ()


def _renamed_last_the_long_way(ranked: list[Scored], late: set[int]) -> list[Scored]:
    """Each run of equal rank with its late candidates moved after the others."""
    out: list[Scored] = []
    for _, run in groupby(ranked, key=lambda s: s.rank):
        items = list(run)
        out += [s for s in items if s.position not in late]
        out += [s for s in items if s.position in late]
    return out


def test_renamed_last_moves_only_a_renamed_place_that_ties() -> None:
    from gazetteer.index import NameForm
    from gazetteer.renamedlast import renamed_last

    form = NameForm(0, "Name", "official")
    rng = random.Random(5)
    for _ in range(300):
        ranks = sorted(rng.choice([90.0, 80.0, 70.0, 60.5]) for _ in range(rng.randrange(2, 9)))
        ranked = [Scored(p, r, r, 1.0, "fuzzy", form, ()) for p, r in enumerate(ranks[::-1])]
        renamed = frozenset(rng.sample(range(10), rng.randrange(0, 4)))
        assert renamed_last(ranked, renamed) == _renamed_last_the_long_way(ranked, set(renamed))
    # a renamed place that ties with none stays where it is: the very list comes back
    ranked = [Scored(p, r, r, 1.0, "fuzzy", form, ()) for p, r in enumerate([90.0, 80.0])]
    assert renamed_last(ranked, frozenset({0})) is ranked


def test_the_latin_of_a_form_read_off_the_index_is_its_plain_latin(gz: Gazetteer) -> None:
    from gazetteer.letterforms import plain_latin

    read_off = 0
    for text in ("Karachuny", "Khreshchenivky", "Zaporizhzhai", "Mykolaivak", "Харькв"):
        for s in gz._candidates(text, None, frozenset(NAME_SOURCES)):
            assert s.form_latin in (None, plain_latin(s.form_text))
            capped = s.capped(50.0, "a reason")
            assert capped.form_latin == s.form_latin
            read_off += s.form_latin is not None
    assert read_off  # (read off the index for some, not None for all: the shortcut works)
    # Karachuny: the village Карачун (Rivne oblast) only by an ending, so unsure
    found = gz.resolve("Karachuny")
    assert found.best.entry.name_uk == "Карачун" and found.status == "ambiguous"
