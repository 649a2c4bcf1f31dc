"""The roots and names whose letters Russian spells otherwise than Ukrainian's rule says,
as regular expressions that :mod:`translit.russian` puts before its general stem rules.

Each table is an alternation that matches only the letter that differs (the rest of the
root is a lookahead), so the letters after it are still read by the other rules.
"""

from __future__ import annotations

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
