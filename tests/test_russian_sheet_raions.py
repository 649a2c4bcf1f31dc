"""Raions as Russian-language sheets write them: the adjective cut short with a dot."""

from __future__ import annotations

from resolving_asserts import assert_matched

from gazetteer import Gazetteer

BAKHMUT_RAION = "UA14020000000013572"
MELITOPOL_RAION = "UA23080000000090746"
KUPIANSK_RAION = "UA63080000000032022"


def test_a_raion_cut_short_with_a_dot_is_the_raion_it_begins(gz: Gazetteer) -> None:
    # Бахм. р-н: Бахмутський; Мелит. р-н: Мелітопольський; Куп. р-н: Куп'янський
    assert gz._units_named("Бахм. р-н") == (BAKHMUT_RAION,)
    assert gz._units_named("Мелит. р-н") == (MELITOPOL_RAION,)
    assert gz._units_named("Куп. р-н") == (KUPIANSK_RAION,)
    # Рівне, Melitopol raion, not the city Рівне (Ровно): was the city, sure
    assert_matched(gz, "Ровное, Мелит. р-н", "UA23080250160020590")
    # Благодатне of Bakhmut raion, not one of Mykolaiv oblast's
    assert_matched(gz, "Благодатное, Бахм. р-н", "UA14020090050095821")


def test_a_cut_that_many_raions_begin_names_none(gz: Gazetteer) -> None:
    # Бер.: Бердичівський, Бердянський, Берегівський, Бериславський, Березівський...
    assert "P" not in {gz.entry(c).category for c in gz._units_named("Бер. р-н")}
