"""Raions before the 2020 reform, read as today's raion of the town they were named after."""

from __future__ import annotations

import pytest
from resolving_asserts import assert_matched

from gazetteer import Gazetteer

BERYSLAV_RAION = "UA65020000000032929"
LIUBYMIVKA_BERYSLAV = "UA65020150020078280"  # in Нововоронцовська громада
BILIAIVKA_BERYSLAV = "UA65020170020066255"


def test_an_old_raion_is_today_s_raion_of_its_seat(gz: Gazetteer) -> None:
    # Нововоронцовський and Великоолександрівський районів are no more; Нововоронцовка and
    # Велика Олександрівка lie in Beryslav raion today
    for text in ("Нововоронцовський район", "Novovorontsovskyi raion"):
        assert gz._units_named(text) == (BERYSLAV_RAION,)
    assert gz._units_named("Великоолександрівський район") == (BERYSLAV_RAION,)
    best = gz.resolve("Любимівка, Нововоронцовський район").best
    assert best is not None and best.entry.code == LIUBYMIVKA_BERYSLAV
    best = gz.resolve("Bilyaivka, Velykooleksandrivskyi raion").best
    assert best is not None and best.entry.code == BILIAIVKA_BERYSLAV


def test_a_declined_raion_is_not_read_as_an_old_one(gz: Gazetteer) -> None:
    # Харківського (genitive) is Kharkiv raion, not the old raion of a town whose key it
    # happens to open (Donetsk raion was read so)
    kharkiv_raion = ("UA63120000000091135",)
    assert gz._units_named("Харківського raion") == kharkiv_raion
    assert gz._units_named("Харківський район") == kharkiv_raion


def test_a_bigger_namesake_outside_the_raion_does_not_make_the_answer_unsure(
    gz: Gazetteer,
) -> None:
    # the town Біляївка (Odesa oblast, 12,000 people) bears the name too; the raion says
    # which, and a namesake is no consonant lookalike
    assert_matched(gz, "Bilyaivka, Beryslavskyi raion", BILIAIVKA_BERYSLAV)
    # while a lookalike of another name still is (the village Миргороди, the city Миргород)
    assert gz.resolve("mirgorodi").status == "ambiguous"


def test_an_old_raion_by_its_russian_name(gz: Gazetteer) -> None:
    assert gz._units_named("Великоалександровский район") == (BERYSLAV_RAION,)
    best = gz.resolve("Любимовка, Нововоронцовский район").best
    assert best is not None and best.entry.code == LIUBYMIVKA_BERYSLAV


def test_a_raion_and_an_oblast_in_one_part_are_both_read(gz: Gazetteer) -> None:
    # Белозерский район names Білозерка's raion (and Sumy oblast's Білозерка's); the oblast
    # after it, in the same part of the text, says which, and rules out Білозірка of Mykolaiv
    # oblast, whose Russian name is Белозерка too
    assert_matched(gz, "Белозерка, Белозерский район Херсонской области", "UA65100010010090594")


def test_an_old_raion_by_its_bare_name_as_a_column_gives_it(gz: Gazetteer) -> None:
    from gazetteer import normalize_rows

    best = gz.resolve("Liubymivka, Novovorontsovskyi").best
    assert best is not None and best.entry.code == LIUBYMIVKA_BERYSLAV
    rows = [{"place": "Любимівка", "raion": "Нововоронцовський"}]
    row = next(normalize_rows(rows, column="place", raion_column="raion"))
    assert row["place_code"] == LIUBYMIVKA_BERYSLAV


def test_a_village_council_is_read_by_its_seat(gz: Gazetteer) -> None:
    # two villages are called Ароматне; a council named after Вікторівка (Вікторівська
    # сільська рада) says which: the one whose hromada holds a Вікторівка today
    assert gz.resolve("Ароматне").status == "ambiguous"
    assert_matched(gz, "Ароматне (Вікторівська сільська рада)", "UA01020030010043419")


def test_a_raion_named_like_todays_of_another_oblast_follows_the_hint(gz: Gazetteer) -> None:
    # Kharkiv oblast's Золочівський район (before 2020) lies in Bohodukhivskyi raion today;
    # Lviv oblast still has a Золочівський район. The hint says which: it had answered
    # Lviv's, sure.
    bohodukhiv_raion, zolochiv_raion_lviv = "UA63020000000066931", "UA46040000000069196"
    for text, hint in (
        ("Zolochivskyi raion, Kharkivska oblast", None),
        ("Золочівський район, Харківська область", None),
        ("Zolochivskyi raion", "Kharkivska oblast"),
        ("Zolochiv raion", "Kharkiv"),  # by its seat's name, not the town Zolochiv
    ):
        assert_matched(gz, text, bohodukhiv_raion, oblast=hint)
    assert_matched(gz, "Zolochivskyi raion", zolochiv_raion_lviv)
    assert_matched(gz, "Zolochivskyi raion", zolochiv_raion_lviv, oblast="Lviv oblast")


VOLNOVAKHA_RAION = "UA14040000000098211"  # holds Велика Новосілка (UA14040010010027148)


def test_a_seat_in_ka_makes_its_raion_in_kivskyi(gz: Gazetteer) -> None:
    # Великоновосілківський район (Russian Великоновоселковский): its seat's -ка as -ків-,
    # not cut off as Олександрівка's -івка is; had been no match
    for text in ("Великоновосілківський район", "Великоновоселковский район"):
        assert gz._units_named(text) == (VOLNOVAKHA_RAION,)


def test_an_old_raion_declined_in_running_text(gz: Gazetteer) -> None:
    from gazetteer import find_places

    # its adjective is no place's name: declined, it had been read as nothing (or as the
    # village Мар'їнське, Poltava oblast, for the old raion of the town Мар'їнка)
    for text in (
        "Бои в Великоновоселковском районе.",
        "Обстрел Великоновоселковского района.",
        "Бої у Великоновосілківському районі.",
    ):
        (found,) = find_places(gz, text)
        assert found.resolution.best is not None, text
        assert found.resolution.best.entry.code == VOLNOVAKHA_RAION, text
    (found,) = find_places(gz, "Бои в Марьинском районе.")
    codes = {m.entry.code for m in found.resolution.candidates if m.ambiguous}
    assert "UA14160000000061982" in codes  # Покровський, which holds Мар'їнка today


DONETSKYI_RAION = "UA14080000000098686"  # holds Ясинувата
POKROVSKYI_RAION = "UA14160000000061982"  # holds Добропілля
KRAMATORSKYI_RAION = "UA14120000000070232"  # holds Слов'янськ
HORLIVSKYI_RAION = "UA14060000000024357"  # holds Шахтарськ
KALMIUSKYI_RAION = "UA14100000000010319"  # holds Бойківське (Тельманове before 2016)
BUCHANSKYI_RAION = "UA32080000000084076"  # holds Макарів


def _three_shapes(adjective_stem: str) -> tuple[str, str, str]:
    return (
        f"{adjective_stem}ий район",
        f"{adjective_stem}ого района",
        f"в {adjective_stem}ом районе",
    )


def test_an_old_raion_by_its_seat_s_attested_russian_or_former_name(gz: Gazetteer) -> None:
    # the seats' Russian is irregular (Ясиноватая, Доброполье, Славянск, Шахтёрск: the
    # rule's Ясинуватая, Добропелье, Словянск, Шахтарск miss it) or the seat was renamed
    # (Тельманове: Бойківське since 2016); war reports name these raions in Russian
    cases = {
        "Ясиноватск": DONETSKYI_RAION,
        "Добропольск": POKROVSKYI_RAION,
        "Славянск": KRAMATORSKYI_RAION,
        "Шахтерск": HORLIVSKYI_RAION,
        "Тельмановск": KALMIUSKYI_RAION,
    }
    for stem, raion in cases.items():
        for text in _three_shapes(stem):
            best = gz.resolve(text).best
            assert best is not None and best.entry.code == raion, text


def test_an_old_raion_is_not_a_raion_of_today_a_typo_away(gz: Gazetteer) -> None:
    # Макаровский район (seat Макарів, Russian Макаров) had been Самарівський, Dnipropetrovsk
    # oblast, by likeness (78)
    for text in _three_shapes("Макаровск"):
        best = gz.resolve(text).best
        assert best is not None and best.entry.code == BUCHANSKYI_RAION, text


def test_an_irregular_old_raion_in_a_cell_and_in_text(gz: Gazetteer) -> None:
    from gazetteer import find_places

    best = gz.resolve("с. Николаевка, Славянский р-н").best
    assert best is not None and best.entry.name_uk == "Миколаївка"
    assert best.entry.raion_code == KRAMATORSKYI_RAION
    (found,) = find_places(gz, "Обстрел в Ясиноватском районе.")
    assert found.resolution.best is not None
    assert found.resolution.best.entry.code == DONETSKYI_RAION


def test_a_seat_in_plural_ky_or_in_iia_makes_its_raion(gz: Gazetteer) -> None:
    # Валки: Валківський (Russian Валковский), now in Bohodukhiv raion; Балаклія:
    # Балаклійський (Russian Балаклейский), now in Izium raion; Олешки (Алешки): Kherson raion
    bohodukhivskyi, iziumskyi, khersonskyi = (
        "UA63020000000066931",
        "UA63040000000023521",
        "UA65100000000029736",
    )
    cases = {
        "Валковский район": bohodukhivskyi,
        "Валківського району": bohodukhivskyi,
        "в Балаклейском районе": iziumskyi,
        "Балаклійський район": iziumskyi,
        "Алешковского района": khersonskyi,
    }
    for text, raion in cases.items():
        best = gz.resolve(text).best
        assert best is not None and best.entry.code == raion, text


def test_a_genitive_old_raion_in_text_is_not_a_town_of_the_neuter_name(gz: Gazetteer) -> None:
    from gazetteer import find_places

    # Шахтерского района: Шахтерский район (its seat Шахтарськ, Horlivka raion today), not
    # the town Шахтарське (Russian Шахтерское, Dnipropetrovsk oblast) that -ого also reads
    (found,) = find_places(gz, "Артобстрел Шахтерского района")
    assert found.resolution.best is not None
    assert found.resolution.best.entry.code == HORLIVSKYI_RAION


CHERNIVETSKYI = "UA73060000000061247"  # holds Новоселиця (UA73060410010023503) today
SHEPETIVSKYI = "UA68060000000040570"  # holds Славута (UA68060270010040268)
#: the raions of the towns Городок: Zhytomyr's selyshche, Lviv's and Khmelnytskyi's cities
HORODOK_RAIONS = {"UA18040000000058965", "UA46060000000042587", "UA68040000000086061"}


def test_an_old_raion_in_tskyi_reads_back_to_its_seat_letter_for_letter(gz: Gazetteer) -> None:
    # Новоселицький had been read as the raion of any Новоселівка its stem less three
    # letters fits (Краматорський, Новоукраїнський, tied), in Ukrainian and Russian alike
    for text in (
        "Новоселицький район",
        "у Новоселицькому районі",
        "в Новоселицком районе",
        "Novoselytskyi raion",
    ):
        assert_matched(gz, text, CHERNIVETSKYI)
    assert_matched(gz, "у Славутському районі", SHEPETIVSKYI)  # т and -ський (had tied)
    res = gz.resolve("Городоцький район")  # к as ц: Городок's, not Бердичівський (Городоцьке)
    tied = {m.entry.code for m in res.candidates if m.ambiguous}
    assert res.status == "ambiguous" and tied <= HORODOK_RAIONS and len(tied) >= 2


ZOLOCHIV_RAION_LVIV = "UA46040000000069196"  # holds Броди and Буськ (Бродівська, Буська громади)
LUBNY_RAION = "UA53040000000081308"  # holds Чорнухи (Чорнухинська громада)
ALCHEVSK_RAION = "UA44020000000082097"  # holds Чорнушине (formerly Чорнухине)


def test_an_old_raion_by_the_hromada_its_seat_gave_its_name_to(gz: Gazetteer) -> None:
    # Бродівський район (seat Броди, a plural) and Буський район (Буськ) read back to no seat
    # by rule; their towns' hromadas bear the adjective, so their raion today answers, not
    # Бердичівський or Сумський a typo away (both had been matched, sure)
    for text in ("Бродівський район", "Бродовский район", "Буський район"):
        assert_matched(gz, text, ZOLOCHIV_RAION_LVIV)
    assert gz._units_named("Бродівський") == (ZOLOCHIV_RAION_LVIV,)
    # Чорнухинський: Poltava oblast's, seated at Чорнухи (Лубенський today); Чорнухине (a
    # former name), a selyshche of Luhansk oblast that seats no hromada, seated no raion:
    # not Алчевський (it had tied)
    assert_matched(gz, "Чорнухинський район", LUBNY_RAION)
    assert ALCHEVSK_RAION not in gz._units_named("Чорнухинський район")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the town Корсунь-Шевченківський, not the old raion it named with Черкаси in it
        ("Korsun-Shevchenkivskyi, Cherkasy", "UA71080170010098381"),
        ("Корсунь-Шевченківський, Черкаси", "UA71080170010098381"),
        # the selyshche Гресівський by Сімферополь
        ("Hresivskyi, Simferopol", "UA01160030010065261"),
    ],
)
def test_a_town_named_like_a_raion_is_the_town_before_its_centre(
    gz: Gazetteer, text: str, code: str
) -> None:
    best = gz.resolve(text).best
    assert best is not None and best.entry.code == code
    # while a village beside the old raion's name is still sought in it
    assert_matched(gz, "Сахнівка, Корсунь-Шевченківський", "UA71080310110058305")


@pytest.mark.parametrize(
    "text", ["Новосёловский район", "у Олександрівському районі", "в Александровском районе"]
)
def test_a_raion_no_raion_is_named_after_is_no_sure_typo_of_another(
    gz: Gazetteer, text: str
) -> None:
    # (no raion, today's or before 2020, is read exactly: the nearest name a typo away,
    # Самарівський, Олександрійський, is not sure)
    assert gz.resolve(text).status != "matched"


@pytest.mark.parametrize("text", ["Berislavskyi raion", "Бериславьский район"])
def test_a_typo_of_a_raion_stays_sure(gz: Gazetteer, text: str) -> None:
    result = gz.resolve(text)
    assert result.status == "matched"
    assert result.best is not None and result.best.entry.code == "UA65020000000032929"


def test_a_raion_read_by_a_typo_stays_ahead_of_its_seat(gz: Gazetteer) -> None:
    # (Kamianes-Podilskyi is the city's German exonym: the raion, asked for, comes first)
    result = gz.resolve("Kamianes-Podilskyi raion")
    assert result.candidates[0].entry.code == "UA68020000000016021"


def test_donetsk_oblast_s_volodarskyi_raion_by_its_seat_s_names(gz: Gazetteer) -> None:
    # its seat Володарське became Нікольське in 2016 and Микільське in the codifier of 2026
    # (UA14140070010098555): GeoNames' place for it (689151), linked by the codifier's
    # earlier name, gives renamed.tsv Володарське, so the raion of 2020 is found
    seat = gz.resolve("Володарське")
    assert seat.status == "matched"
    assert seat.best is not None and seat.best.entry.code == "UA14140070010098555"
    found = gz.resolve("Володарський район", oblast="Донецька область")
    assert found.status == "matched"
    assert found.best is not None and found.best.entry.code == "UA14140000000070889"
    codes = [m.entry.code for m in gz.resolve("Володарський район").candidates]
    assert "UA14140000000070889" in codes  # (beside Kyiv oblast's, now Bilotserkivskyi)


#: Києво-Святошинський район, seated in Kyiv but no part of it, went in 2020 to three raions.
KYIV_SVIATOSHYN_TODAY = {
    "UA32080000000084076",  # Бучанський (its north: Білогородка)
    "UA32140000000020217",  # Фастівський (its south: Гатне, Чабани, Боярка)
    "UA32120000000081110",  # Обухівський (its east: Ходосівка)
}


@pytest.mark.parametrize(
    "text",
    [
        "Київ-Святошинський",
        "Києво-Святошинський район",
        "Киево-Святошинский район",
        "Kyievo-Sviatoshynskyi raion",
        "Kyiv-Sviatoshynskyi",
    ],
)
def test_an_old_raion_parted_among_three_is_those_three(gz: Gazetteer, text: str) -> None:
    # not the village Київ of Mykolaiv oblast, nor Kyiv's district Святошинський
    got = gz.resolve(text)
    assert got.status == "ambiguous"
    assert {m.entry.code for m in got.candidates[:3]} == KYIV_SVIATOSHYN_TODAY


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Чабани, Київ-Святошинський р-н", "UA32140170010072394"),  # not Чабани of Khmelnytskyi
        ("Білогородка Києво-Святошинського району", "UA32080010010043861"),
    ],
)
def test_a_village_of_the_parted_raion(gz: Gazetteer, text: str, code: str) -> None:
    assert_matched(gz, text, code)


@pytest.mark.parametrize("hint", ["Києво-Святошинський район", "Kyievo-Sviatoshynskyi raion"])
def test_the_parted_raion_as_a_hint_is_its_oblast(gz: Gazetteer, hint: str) -> None:
    # as an oblast column's cell it named no region (its three raions tie), so Чабани with it
    # was Khmelnytskyi oblast's village as much as Kyiv oblast's
    assert gz.hint_oblasts(hint) == ("UA-32",)
    assert_matched(gz, "Чабани", "UA32140170010072394", oblast=hint)


def test_a_hromada_named_since_the_reform_named_no_old_raion(gz: Gazetteer) -> None:
    # Шахтарська громада of Synelnykove raion (UA12140210000089021) was Першотравенська until
    # the codifier of 2024-2026: no raion before 2020 was named after it, while Шахтарський
    # район (Шахтерский, seat Шахтарськ) lies in Horlivka raion today
    from gazetteer.oldraions import raions_of_hromada_named
    from translit import match_key

    synelnykivskyi = "UA12140000000011720"
    for text in ("Шахтарський", "Шахтерский"):  # (Шахтерская: the Russian form by rule)
        named = raions_of_hromada_named(gz.entries, match_key(text), gz.index)
        assert named == (HORLIVSKYI_RAION,), text
    assert_matched(gz, "Шахтерский район", HORLIVSKYI_RAION)
    assert synelnykivskyi not in gz._units_named("Шахтерский район")
