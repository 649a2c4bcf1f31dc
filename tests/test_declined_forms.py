"""Declined place names in the cases and shapes bench/bench_declined.py found unread: an
adjective's instrumental (під Сватовим), soft adjectives (Нижня Кринка), an adjective after
its noun (Калинівка Друга), nouns in -я after a vowel (Коломия), neuter plurals (Мостиська),
Russian neuters in -о (Щёлкино) and plural genitives (Народичи, Броды). Every code is a row
of data/katottg.tsv; every form a fact of Ukrainian or Russian grammar."""

from __future__ import annotations

import pytest
from resolving_asserts import assert_matched

from gazetteer import Gazetteer, find_places

SVATOVE = "UA44100110010094316"  # M Сватове, Luhansk oblast
KHMELNYTSKYI = "UA68040470010096613"  # M Хмельницький
NYZHNIA_KRYNKA = "UA14080070150021434"  # X Нижня Кринка, Donetsk oblast
NYZHNI_SIROHOZY = "UA65040050010011350"  # X Нижні Сірогози, Kherson oblast
NYZHNII_YALOVETS = "UA73020150060060200"  # C Нижній Яловець, Chernivtsi oblast
PIDHORODNE = "UA12020210010051215"  # M Підгороднє, Dnipropetrovsk oblast
ZHOVTI_VODY = "UA12040110010051141"  # M Жовті Води
KALYNIVKA_DRUHA = "UA05120070460044585"  # X Калинівка Друга, Vinnytsia oblast
STANYTSIA_LUHANSKA = "UA44160050010037864"  # X Станиця Луганська
KOLOMYIA = "UA26080070010075786"  # M Коломия
SHCHOLKINE = "UA01100550010023633"  # M Щолкіне (Russian Щёлкино), Crimea
MOSTYSKA = "UA46140030010062678"  # M Мостиська, Lviv oblast
MOHYLIV_PODILSKYI = "UA05080050010069812"  # M Могилів-Подільський
NARODYCHI = "UA18060150010061189"  # X Народичі (Russian Народичи), Zhytomyr oblast
PECHENIHY = "UA63140090010022976"  # X Печеніги (Russian Печенеги), Kharkiv oblast
LUBNY = "UA53040030010081016"  # M Лубни
ROMNY = "UA59060110010062596"  # M Ромни
STRYI = "UA46100230010074173"  # M Стрий
KIVERTSI = "UA07080110010029699"  # M Ківерці (Russian Киверцы)
VELYKI_SELYSHCHA = "UA56060490040085403"  # C Великі Селища, Rivne oblast
SHUMYN = "UA74040010220086578"  # C Шумин, Chernihiv oblast
KAMIN_KASHYRSKYI = "UA07040010010025318"  # M Камінь-Каширський (Russian Камень-Каширский)
STARA_SIL = "UA46080150020045002"  # X Стара Сіль (Russian Старая Соль), Lviv oblast
ODESA = "UA51100270010076757"  # M Одеса, once Хаджибей


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the instrumental of a neuter or masculine adjective's name: -им
        ("під Сватовим", SVATOVE),
        ("під Хмельницьким", KHMELNYTSKYI),
        # soft adjectives: Нижня, Нижні, Нижній, Підгороднє
        ("біля Нижньої Кринки", NYZHNIA_KRYNKA),
        ("у Нижніх Сірогозах", NYZHNI_SIROHOZY),
        ("біля Нижнього Яловця", NYZHNII_YALOVETS),
        ("у Підгородньому", PIDHORODNE),
        # Russian plural adjectives (Жёлтые Воды)
        ("под Жёлтыми Водами", ZHOVTI_VODY),
        # an adjective after its noun
        ("у Калинівці Другій", KALYNIVKA_DRUHA),
        ("у Станиці Луганській", STANYTSIA_LUHANSKA),
        # -я after a vowel: locative -ї, instrumental -єю
        ("у Коломиї", KOLOMYIA),
        ("під Коломиєю", KOLOMYIA),
        # a Russian neuter in -о: locative -е
        ("в Щёлкине", SHCHOLKINE),
        # a neuter plural in -а: locative -ах
        ("у Мостиськах", MOSTYSKA),
        # Могилів: Могилева, у Могилеві
        ("у Могилеві-Подільському", MOHYLIV_PODILSKYI),
        # Russian plural genitives: -ей after a hushing letter, -ов after г
        ("из Народичей", NARODYCHI),
        ("у Печенегов", PECHENIHY),
        # a plural's genitive with an е put in (Лубни: з Лубен; Russian Киверцы: из Киверец)
        ("з Лубен", LUBNY),
        ("до Ромен", ROMNY),
        ("из Киверец", KIVERTSI),
        # a neuter plural's genitive of no ending (Мостиська, Великі Селища)
        ("біля Мостиськ", MOSTYSKA),
        ("до Великих Селищ", VELYKI_SELYSHCHA),
        # a masculine in -й: genitive -я, locative -ю (Стрий: із Стрия, у Стрию)
        ("із Стрия", STRYI),
        ("у Стрию", STRYI),
        ("из Стрыя", STRYI),
        # Нижня: у Нижній (not the masculine Нижній)
        ("в Нижній Кринці", NYZHNIA_KRYNKA),
        # not Шумина, whose genitive is Шумини: the village Шумин, undeclined
        ("біля Шумин", SHUMYN),
        # Russian: Камень's е drops (в Камне), a feminine in -ль (в Старой Соли), a
        # masculine in -ей (в Хаджибее)
        ("в Камне-Каширском", KAMIN_KASHYRSKYI),
        ("из Камня-Каширского", KAMIN_KASHYRSKYI),
        ("в Старой Соли", STARA_SIL),
        ("в Хаджибее", ODESA),
    ],
)
def test_a_declined_name_is_read_in_the_nominative(gz: Gazetteer, text: str, code: str) -> None:
    assert_matched(gz, text, code)


def test_with_an_adjectives_instrumental_is_a_companion_not_a_place(gz: Gazetteer) -> None:
    # з + the instrumental is "with" (a person); the city would be з Хмельницького
    assert find_places(gz, "Розмова з Хмельницьким.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the plural's genitive, not the city Васильків (біля Василькова) nor the village
        # Бродів (Russian Бродов: возле Бродова)
        ("біля Васильків", "Васильки"),
        ("возле Бродов", "Броди"),
        # Острів's locative; Остер's is в Острі
        ("в Острові", "Острів"),
        # Russian в Барвенкове: the city Барвінкове (Барвенково), not only Барвінків (Барвенков)
        ("в Барвенкове", "Барвінкове"),
    ],
)
def test_a_declined_form_two_names_may_take_reads_the_right_one_first(
    gz: Gazetteer, text: str, name: str
) -> None:
    found = gz.resolve(text)
    assert found.best is not None and found.best.entry.name_uk == name, text


@pytest.mark.parametrize(
    "text", ["Бої тривають біля Мостиськ Львівської області.", "Вантаж доставили до Мостиськ."]
)
def test_a_neuter_plurals_genitive_is_a_mention_in_running_text(gz: Gazetteer, text: str) -> None:
    # the lookup read біля Мостиськ, but running text took no mention of the word
    found = [(m.text, m.resolution.best.entry.code) for m in find_places(gz, text)]
    assert found == [("Мостиськ", MOSTYSKA)]


#: Верхній Токмак Другий and Верхній Токмак Перший, selyshches of Zaporizhzhia oblast
VERKHNII_TOKMAK_2 = "UA23020150380053379"
VERKHNII_TOKMAK_1 = "UA23020150390020830"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("у Верхньому Токмаку Другому", VERKHNII_TOKMAK_2),
        ("біля Верхнього Токмака Першого", VERKHNII_TOKMAK_1),
    ],
)
def test_an_ordinal_after_an_adjective_and_its_noun(gz: Gazetteer, text: str, code: str) -> None:
    assert_matched(gz, text, code)
