"""The roots and names whose letters Russian spells otherwise than Ukrainian's rules say,
for :mod:`translit.russian` to try before its general stem rules.

The alternations (:data:`_YAT`, :data:`_YERY`, ...) match only the letter that differs (the
rest of the root is a lookahead), so the letters after it are still read by the other
rules; :data:`_NAMES` and :data:`_ROOTS` are stem rules, each a pattern and its Russian
alternatives with their costs.
"""

from __future__ import annotations

from collections.abc import Callable

#: Alternatives for one piece of a word: (Russian text, cost), cheapest first.
Alts = tuple[tuple[str, float], ...]
#: A rule's alternatives, either fixed or computed from the matched Ukrainian text.
AltSpec = Alts | Callable[[str], Alts]

#: Roots whose і is old ѣ, Russian е (Біла: Белая, Дніпро: Днепр, ліс: лес); any other і
#: of an open syllable is most often и (Кіровоград, Нікополь, Мелітополь: loans and names).
#: (A root may say what must not follow it: Світязь is Свитязь.)
_YAT = "|".join(
    f"{root[: root.index('і') + 1]}(?={root[root.index('і') + 1 :]})"
    for root in "біл світ(?!яз) ліс дніп дніст оріх сніж сніг хліб річ цвіт звір сін(?!г) тін "
    "ліп ціл сміл дід сівер вітр міл(?!ьш) ніж ліч лік хрін гнізд цін бід ріп піш(?!н) кліщ".split()
)
#: Where such a root is the tail of another root, with и (Ізобільне: Изобильное, Ємільчине:
#: Емильчино, Максимільянівка: Максимилиановка, Ясіня: Ясиня, Воскресінці: Воскресинцы).
_NOT_YAT = "(?:(?<=^о)|(?<=зо))бі(?=л)|(?<=[еєи])мі(?=л)|(?<=[яе])сі(?=н)"
#: Names in Russian -ей, Ukrainian -ій (Андрій: Андрей): their -іївка is -еевка (Андріївка:
#: Андреевка); other -ій names are Russian -ий (Георгій: Георгиевка).
_EY = "|".join(f"(?<={n})" for n in "олекс андр серг матв тимоф корн авд мак пелаг".split())
#: Roots whose и is Russian ы, written with their ы (опыт, высокий, быстрый, рыба, дым, сыр,
#: лысый, крынка, камыш, монастырь, козырь, зыбкий, рысак, насыпь, бык, выгон, вышка,
#: Перемышль; the old names Давыд, Мартын), the Turkic -лык (Кагарлык, Ташлык) and the
#: -ицын of surnames (Синицыно); any other и of a stem is most often и: Ukrainian и is both.
_YERY = "|".join(
    f"{root[: root.index('ы')]}и(?={root[root.index('ы') + 1 :]})"
    for root in "опыт высок быстр (?<![гтп])рыб (?<![уз])дым(?!ир) (?<!^[бм]о)сыр(?!от|іт|ень) "
    "(?<![бпкі])лыс(?!т|ич|иц|ець) крын(?=к) комыш монастыр давыд мартын козыр ^зыб рысак "
    "(?<=на|оз|ре)сып ^бык(?!оз) ^выг ^выш(?=к|гор) мыш(?=е?л) (?<=[аоу][рмш])(?<!^ор)лык$ "
    "(?<=и)цын".split()
)

#: Christian names Russian spells otherwise (Олександрівка: Александровка, also inside a word:
#: Новоолексіївка; Володимирівка: Владимировка, Костянтинівка: Константиновка, Якимівка:
#: Акимовка, Омелянівка: Емельяновка, Вікторівка, Касянівка: Касьяновка, Улянівка:
#: Ульяновка, Севастянівка: Севастьяновка), as stem rules (pattern, alternatives).
_NAMES: list[tuple[str, AltSpec]] = [
    ("олекс", (("алекс", 0.0), ("олекс", 1.0))),
    ("володимир", (("владимир", 0.0), ("володимир", 0.3))),
    ("костянтин", (("константин", 0.0), ("костянтин", 0.3))),
    ("^яким", (("аким", 0.0), ("яким", 0.2))),
    ("омелян", (("емельян", 0.0), ("омелян", 0.3))),
    ("віктор", (("виктор", 0.0),)),
    ("севастя|кася|^уля", lambda t: ((t[:-1] + "ья", 0.0), (t, 0.3))),
]

#: Roots Russian spells otherwise (щастя: счастье, піщаний: песчаный, багатий: богатый,
#: пошта: почта, глибокий: глубокий, шовк: шелк, хрест: крест, шахтар: шахтер, слов'янин:
#: славянин, козак: казак, колодязь: колодезь; the loans метал, комісар, комуна with
#: Russian's double consonant; not залізо: железо, Залізне is Зализное), and the roots of
#: :data:`_YERY` with their ы; as stem rules.
_ROOTS: list[tuple[str, AltSpec]] = [
    ("щаст", (("счаст", 0.0), ("щаст", 0.3))),
    ("^коми(?=ш)", (("камы", 0.0), ("комы", 0.2), ("коми", 0.3))),  # комиш: камыш
    (f"(?:{_YERY})", lambda t: ((t[:-1] + "ы", 0.0), (t, 0.3))),
    ("піщ", (("песч", 0.0), ("пищ", 0.4), ("пещ", 0.5))),
    ("багат|багач", lambda t: (("бог" + t[3:], 0.0), (t, 0.3))),
    ("пошт", (("почт", 0.0), ("пошт", 0.3))),
    ("глиб", (("глуб", 0.0), ("глиб", 0.3))),
    ("шовк", (("шелк", 0.0), ("шовк", 0.3))),
    ("хрест|хрещ", lambda t: (("к" + t[1:], 0.0), (t, 0.3))),
    ("шахтар", (("шахтер", 0.0), ("шахтар", 0.3))),
    ("слов'ян", (("славян", 0.0), ("словян", 0.3))),
    ("^ко(?=за[кчц])", (("ка", 0.0), ("ко", 0.2))),  # козак: казак (Козацьке: Казацкое)
    ("колодяз", (("колодез", 0.0), ("колодяз", 0.3))),
    ("метал", (("металл", 0.0), ("метал", 0.2))),
    ("комісар", (("комиссар", 0.0), ("комисар", 0.2))),
    ("комун", (("коммун", 0.0), ("комун", 0.2))),
    ("щасл", (("счастл", 0.0), ("щасл", 0.3))),
    ("хутір", (("хутор", 0.0), ("хутер", 0.4))),  # хутір: хутор (Хутірське: Хуторское)
]

#: Roots Russian renders with its own word (a translation) or from its own name of a city,
#: not by the letters: (pattern, the Ukrainian-shaped Russian root the rules then read, the
#: cost of that reading, the cost of the spelled one), the commoner first. Each word occurs
#: in KATOTTG's names; червоний stays (Russian keeps Червоное, Червоная Каменка, Червоноград),
#: as do вільний (the rules' Вольное), криниця, гай, ставок (Белая Криница, Зеленый Гай, Ставки).
_RENDERED: list[tuple[str, str, float, float]] = [
    ("сонячн", "солнечн", 0.0, 0.3),  # сонячний: солнечный (Сонячне: Солнечное), 24 names
    ("^сонц(?=[еі])", "солнц", 0.0, 0.3),  # сонце: солнце (Сонцеве: Солнцево), 6
    ("залізнич", "железнодорож", 0.1, 0.0),  # railway: железнодорожный (Железнодорожное)
    ("степов(?=[аеиі])", "степн", 0.3, 0.0),  # степовий: степной (Новостепове: Новостепное), 66
    ("^зоря$", "заря", 0.0, 0.2),  # зоря: заря (Комиш-Зоря: Камыш-Заря), 35
    ("яблун", "яблон", 0.0, 0.2),  # яблуня: яблоня (Яблунівка: Яблоновка, Яблуниця), 63
    ("^горіх", "оріх", 0.3, 0.0),  # горіх: орех (Горіхове: Ореховое), 6
    ("запорізьк", "запорожськ", 0.0, 0.3),  # Запоріжжя: Запорожье (Запорізьке: Запорожское)
    ("^чернівец", "черновиц", 0.0, 0.3),  # Чернівці: Черновцы (Черновицкая область), 4
    ("^рівнен", "ровен", 0.0, 0.1),  # Рівне, the city: Ровно (Ровенская область), 3
]
