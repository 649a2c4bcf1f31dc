"""Declined names that a reading of their endings first missed or read too surely: a
masculine in -овець, whose о is і once its е drops (Шандровець: біля Шандрівця, в Шандрівці,
as the dictionary VESUM declines it), a hyphened name whose first part, a man's name in -о,
is declined too (Петро-Євдокіївка: у Петрові-Євдокіївці), and a Russian case in -ой that a
feminine adjective and a noun in -а share (в Черной: Черная, the Russian name of the
villages Чорна, or the village Черна).

Codes are KATOTTG's (data/katottg.tsv): the villages Шандрівка UA12100090180042507,
Шандровець UA46080030300047961, Петро-Євдокіївка UA51140130420041666, Черна
UA21020150090048254, Чорна UA51120150530064462, UA68020290430043726, UA68040410160020010;
the village Дубівка UA05040150040085304, the city Липовець UA05020110010028819.
"""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, find_places

SHANDRIVKA, SHANDROVETS = "UA12100090180042507", "UA46080030300047961"
PETRO_YEVDOKIIVKA, LYPOVETS = "UA51140130420041666", "UA05020110010028819"
CHERNA = "UA21020150090048254"
CHORNA = {"UA51120150530064462", "UA68020290430043726", "UA68040410160020010"}


def mention(text: str):  # type: ignore[no-untyped-def]
    found = find_places(Gazetteer.default(), text)
    assert len(found) == 1, found
    return found[0].resolution


def codes(resolution) -> set[str]:  # type: ignore[no-untyped-def]
    tied = [m for m in resolution.candidates if m.score >= resolution.best.score]
    return {m.entry.code for m in (*tied, *resolution.also_tied)}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Бої тривають біля Шандрівця.", SHANDROVETS),
        ("Ворог зосередив сили під Шандрівцем.", SHANDROVETS),
        ("Колона стоїть біля Липівця.", LYPOVETS),
        ("Обстріл у Петрові-Євдокіївці тривав усю ніч.", PETRO_YEVDOKIIVKA),
        ("Обстріл у Петро-Євдокіївці тривав усю ніч.", PETRO_YEVDOKIIVKA),
    ],
)
def test_a_declined_name_is_read_back(text: str, code: str) -> None:
    resolution = mention(text)
    assert resolution.status == "matched"
    assert resolution.best.entry.code == code


def test_a_locative_two_names_share_is_unsure_of_both_the_feminine_first() -> None:
    # у Шандрівці: Шандрівка's locative, and Шандровець's
    resolution = mention("Вчора в Шандрівці відновили електропостачання.")
    assert resolution.status == "ambiguous"
    assert {SHANDRIVKA, SHANDROVETS} <= codes(resolution)
    assert resolution.best.entry.code == SHANDRIVKA


def test_a_feminine_in_ivka_stays_first_before_a_masculine_in_ovets() -> None:
    # у Дубівці: the villages Дубівка (UA05040150040085304 one of them) before Дубовець
    resolution = mention("У Дубівці відновили електропостачання.")
    assert resolution.best.entry.name_uk == "Дубівка"
    assert "UA05040150040085304" in codes(resolution)


@pytest.mark.parametrize(
    "text", ["Ночью в Черной восстановили свет.", "Под Черной сбили беспилотник."]
)
def test_a_russian_case_in_oi_ties_the_adjective_and_the_noun(text: str) -> None:
    resolution = mention(text)
    assert resolution.status == "ambiguous"
    assert {CHERNA} | CHORNA <= codes(resolution)
