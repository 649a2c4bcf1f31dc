"""The shortcuts of the query's hot path give what the long way gives."""

from __future__ import annotations

import pickle

import pytest

import translit.keys as keys
from gazetteer import NAME_SOURCES, Gazetteer
from gazetteer.candidates import MAX_FORMS, gather
from gazetteer.model import Match, made_match
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
    assert found.status == "ambiguous"  # the city in Russia more likely
    assert _plain.cache_info().hits >= 1
