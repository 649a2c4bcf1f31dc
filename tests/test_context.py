"""``resolve_many``: names that belong together choose their same-named places together."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer

BERYSLAV_RAION = "UA65020000000032929"
SEEDS = [
    "Lyubymivka", "Khreshchenivka", "Zolota Balka", "Bilyaivka", "Ukrainka",
    "Velyka Oleksandrivka", "Mala Oleksandrivka", "Davydiv Brid", "Lyman", "Svatove",
    "Kremina", "Bila Tserkva", "Kyiv", "Kherson", "Kharkiv", "Luhansk", "Donetsk", "Volodymr",
]  # fmt: skip
CITIES = {
    "Lyman": "UA14120110010088407",
    "Svatove": "UA44100110010094316",
    "Kremina": "UA44120030010038707",
    "Bila Tserkva": "UA32020010010081183",
    "Kyiv": "UA80000000000093317",
    "Kherson": "UA65100150010064384",
    "Kharkiv": "UA63120270010096107",
    "Luhansk": "UA44060010010012753",
    "Donetsk": "UA14080030010048113",
    "Volodymr": "UA07020010010041660",
}


def test_seed_article_no_hint(gz: Gazetteer) -> None:
    results = gz.resolve_many(SEEDS)
    assert len(results) == len(SEEDS)
    for name, result in zip(SEEDS[:8], results[:8]):
        assert result.best is not None, name
        assert result.best.entry.code[:6] == "UA6502", (name, result.best.entry.code)
        assert result.best.entry.raion_code == BERYSLAV_RAION
    for name, result in zip(SEEDS[8:], results[8:]):
        assert result.best is not None, name
        assert result.best.entry.code == CITIES[name], name


def test_group_order_does_not_matter(gz: Gazetteer) -> None:
    forward = {r.query: r.best.entry.code for r in gz.resolve_many(SEEDS) if r.best}
    backward = {r.query: r.best.entry.code for r in gz.resolve_many(SEEDS[::-1]) if r.best}
    assert forward == backward


def test_context_choice_is_explained(gz: Gazetteer) -> None:
    results = gz.resolve_many(SEEDS)
    lyubymivka = results[0]
    assert lyubymivka.best is not None
    assert lyubymivka.best.entry.code == "UA65020150020078280"
    assert any(why.startswith("context:") for why in lyubymivka.best.explain)


def test_one_village_does_not_replace_a_city(gz: Gazetteer) -> None:
    # A lone village of Kherson oblast does not turn "Kyiv" into a village.
    results = gz.resolve_many(["Kyiv", "Zolota Balka"])
    assert results[0].best is not None
    assert results[0].best.entry.code == "UA80000000000093317"


def test_single_name_group_equals_resolve(gz: Gazetteer) -> None:
    for name in ("Lyubymivka", "Kyiv", "xqzzy"):
        [grouped] = gz.resolve_many([name])
        assert grouped == gz.resolve(name)


def test_empty_group(gz: Gazetteer) -> None:
    assert gz.resolve_many([]) == []


def test_unmatched_names_stay_unmatched(gz: Gazetteer) -> None:
    results = gz.resolve_many(["xqzzy", *SEEDS[:3]])
    assert results[0].status == "unmatched" and results[0].best is None


def test_group_with_hint(gz: Gazetteer) -> None:
    results = gz.resolve_many(["Lyubymivka", "Bilyaivka", "Ukrainka"], oblast="Kherson Oblast")
    assert all(r.best is not None and r.best.entry.oblast == "UA-65" for r in results)
    assert results[1].best is not None
    assert results[1].best.entry.code == "UA65020170020066255"


KHERSON_ANTONIVKA = "UA65100150020050619"  # the Antonivka of Kherson's hromada
ROUND_UP = ["Kherson", "Bilozerka", "Antonivka", "Donetsk region", "Pokrovsk", "Myrnohrad"]


def test_names_of_one_sentence_weigh_most(gz: Gazetteer) -> None:
    # "...shelled Kherson, Bilozerka and Antonivka. In the Donetsk region, near Pokrovsk and
    # Myrnohrad...": the Antonivka beside Kherson, not the one of Pokrovsk raion
    by_sentence = gz.resolve_many(ROUND_UP, parts=[0, 0, 0, 1, 1, 1])
    antonivka = by_sentence[2].best
    assert antonivka is not None and antonivka.entry.code == KHERSON_ANTONIVKA
    whole = gz.resolve_many(ROUND_UP)[2].best
    assert whole is not None and whole.entry.oblast == "UA-14"  # the front with more names
    assert [r.best.entry.code for r in by_sentence if r.best][4] == "UA14160210010099403"


def test_parts_must_match_the_names(gz: Gazetteer) -> None:
    import pytest

    with pytest.raises(ValueError, match="2 parts for 3 names"):
        gz.resolve_many(["Kherson", "Bilozerka", "Antonivka"], parts=[0, 0])


def test_a_weak_choice_of_the_group_comes_first_but_is_not_sure(gz: Gazetteer) -> None:
    # Luhove, Serhiivka and Trykhatky are villages of one raion of Odesa oblast; Luhove is
    # the name of many villages, and the group's lead for this one is under two names
    names = ["Konotopy", "Toboliv", "Zubkiv", "Luhove", "Serhiivka", "Trykhatky"]
    luhove = gz.resolve_many(names, parts=[0, 0, 0, 1, 1, 1])[3]
    assert luhove.best is not None and luhove.best.entry.code == "UA51040290050063489"
    assert luhove.status == "ambiguous" and luhove.best.ambiguous
    # while the villages of one raion, named together, are sure of each other
    assert gz.resolve_many(SEEDS)[0].status == "matched"


def test_a_sure_answer_the_group_agrees_with_stays_sure(gz: Gazetteer) -> None:
    # Svatove is a city of Luhansk oblast and a village in Crimea: the city, surely, on its
    # own; the story's other names lean to Luhansk oblast only by its oblast, which agrees
    svatove = gz.resolve_many(SEEDS)[SEEDS.index("Svatove")]
    assert svatove.best is not None and svatove.best.entry.code == CITIES["Svatove"]
    assert svatove.status == "matched"


def test_a_village_may_replace_a_selyshche_of_its_name_on_support_alone(gz: Gazetteer) -> None:
    # Андріївка next to Кліщіївка (one hromada of Bakhmut raion), though a selyshche of
    # Donetsk oblast bears the name too: the rule that a village needs two names in its
    # raion to replace a city is for cities
    names = ["Klishchiivka, Donetsk region", "Andriivka, Donetsk region", "Donetsk region"]
    andriivka = gz.resolve_many(names, parts=[0, 0, 0])[1]
    assert andriivka.best is not None and andriivka.best.entry.code == "UA14020010030085322"
    assert andriivka.status == "matched"


def test_one_name_given_as_a_text_is_refused_not_read_letter_by_letter(gz: Gazetteer) -> None:
    with pytest.raises(TypeError, match="use resolve"):
        gz.resolve_many("Kyiv")  # type: ignore[arg-type]


def test_a_place_s_own_name_is_not_given_to_a_namesake_only_spelled_alike(gz: Gazetteer) -> None:
    # Vovnihy is the KMU name of Вовніги (Dnipropetrovsk oblast); Вовничі of Dubno raion
    # (Rivne oblast, KMU Vovnychi) shares its match key only. Read beside three villages of
    # Dubno raion, the group had moved it to Вовничі, matched.
    names = ["Vovnihy", "Verba", "Smyha", "Mlyniv"]
    first = gz.resolve_many(names)[0]
    assert first.best is not None and first.best.entry.code == "UA12020270100062130"
    assert first.best.kind == "exact"
    assert all(m.entry.code != "UA56040010050024255" for m in first.candidates if m.ambiguous)


def test_exact_namesakes_are_still_chosen_by_the_group(gz: Gazetteer) -> None:
    # Andrivka is Андрівка's KMU name (Berdiansk raion, Zaporizhzhia oblast); the selyshche
    # Андріївка (Andriivka) of the same raion, the hromada of Sakhno, had been put first
    first = gz.resolve_many(["Andrivka", "Sakhno", "Zelenyi Yar"])[0]
    assert first.best is not None and first.best.entry.code == "UA23020010010036482"
    # and among exact namesakes the group still chooses: Zelenyi Yar of Berdiansk raion
    third = gz.resolve_many(["Andrivka", "Sakhno", "Zelenyi Yar", "Osypenko"])[2]
    assert third.best is not None and third.best.entry.code == "UA23020150100063128"
