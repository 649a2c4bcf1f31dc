"""The words that stand around place names and say what they are (a village, a site, an
oblast), where they lie (near, north of) or nothing at all (of, the, у): the vocabulary
:mod:`gazetteer.query` cleans a query with, and :mod:`gazetteer.extract` reads text by.
"""

from __future__ import annotations

import re

from translit import match_key
from translit.lazyre import lazy_compile

from .councils import CITY_ADJECTIVES, OBLAST_ADJECTIVES
from .declension import OF_PEOPLE
from .newsroomwords import ARTICLES, REGION_WORDS, SETTLEMENT_WORDS

#: Noise words that name a kind of settlement, and the category they ask for. Their Latin
#: ones (with :data:`SITE_WORDS`' and :data:`LEVEL_WORDS`') are also the words a value of
#: which alone is no place (:func:`gazetteer.noplace.is_generic_place_words`); not the words
#: for a part of a place there (old, west, park), which a query must keep: they stand in names.
PLACE_WORDS: dict[str, str] = {
    # Ukrainian
    "с": "C", "село": "C", "сел": "C", "смт": "X", "м": "M", "місто": "M", "міста": "M",
    "селище": "X", "с-ще": "X", "сщ": "X", "хутір": "C", "х": "C", "с-ще міського типу": "X",
    "хут": "C", "хутор": "C", "khutir": "C", "khutor": "C", "khut": "C",
    # Russian
    "пос": "X", "поселок": "X", "посёлок": "X", "пгт": "X", "г": "M", "город": "M",
    "д": "C", "деревня": "C", "пос-к": "X", "станция": "", "дер": "C", "гор": "M",
    "п": "X", "рп": "X",  # (дер. Циркуны, гор. Изюм, п. and рп, a посёлок: Шевченково)
    # English and transliterated
    "village": "V", "vil": "V", "v": "V", "city": "M", "town": "M", "settlement": "X",
    "township": "X", "urban-type": "X", "urban": "X", "smt": "X", "selo": "C",
    "misto": "M", "selyshche": "X", "uts": "X", "pgt": "X", "m": "M", "s": "C",  # м., с.
    "vill": "V", "vlg": "V", "settl": "X",  # (vill. Kamianka, settl. Buky)
    # declined, as text writes them (у селі Любимівка, жителі села, в селе Любимовка, в
    # посёлке Кураховка, в городе Славянске)
    "селі": "C", "села": "C", "селом": "C", "селищі": "X", "селища": "X", "місті": "M",
    "селе": "C", "поселке": "X", "посёлке": "X", "поселка": "X", "посёлка": "X",
    "городе": "M", "города": "M", "хуторі": "C", "хуторе": "C", "хутора": "C",
}  # fmt: skip
#: Words for a front's direction (:mod:`gazetteer.directions`), in Cyrillic and romanised:
#: Ukrainian напрямок (на Покровському напрямку, na Pokrovskomu napriamku), Russian направление
#: (Покровское направление, Pokrovskogo napravleniya, na Kupyanskom napravlenii).
DIRECTION_WORDS = frozenset({
    "напрямок", "напрямку", "напрямки", "напрям", "напряму", "напрямі", "направление",
    "направлении", "направления", "направлению", "direction", "axis",
    "napriamok", "napriamku", "napriamky", "napryamok", "napryamku", "napryamky",
    "napravleniye", "napravlenie", "napravleniya", "napravleniia", "napravlenija",
    "napravlenii", "napravleniyu", "napravleniiu", "napravleniju",
})  # fmt: skip
#: A direction word in the plural, which a list of towns' adjectives shares (the Bakhmutsky
#: and Kupyansky directions, на Бахмутському та Куп'янському напрямках).
PLURAL_DIRECTIONS = frozenset({
    "directions", "axes", "напрямки", "напрямках", "напрямків", "напрямкам", "напрями",
    "напрямах", "напрямів", "напрямам", "направления",
    "направлениях", "направлений", "направлениям", "napriamky", "napryamky", "napriamkakh",
    "napryamkakh", "napravleniya", "napravleniyakh", "napravleniiakh", "napravleniyah",
})  # fmt: skip
DIRECTION_WORDS = DIRECTION_WORDS | PLURAL_DIRECTIONS
#: Words for a site named after the settlement it lies in or by (Voznesensk airbase,
#: аеропорт Донецьк, Bakhmut direction): dropped like settlement words, asking for nothing.
SITE_WORDS = frozenset({
    "airport", "airfield", "airbase", "aerodrome", "port", "seaport", "railway", "station",
    "bridge", "dam", "reservoir", "bay", "plant", "factory", "checkpoint", "outskirts",
    "suburbs", "direction", "area", "vicinity", "surroundings", "environs",
    "аеропорт", "аеродром", "порт", "вокзал", "залізнична", "станція", "міст", "гребля",
    "водосховище", "бухта", "завод", "околиці", "околиця", *DIRECTION_WORDS,
    "аэропорт", "водохранилище", "окрестности", "sector", "front",
    "council", "rada", "рада", "совет", "forest", "woods",
    "coke", "power", "nuclear", "npp", "hpp", "tpp", "chp", "steel", "steelworks",
    "ironworks", "works", "mine", "refinery", "depot", "oil", "terminal", "base", "military",
    "border", "crossing", "hospital", "university", "market", "substation", "shipyard",
    "harbour", "harbor",
    "international", "metro", "subway", "метро", "zone", "exclusion",
    "аес", "тес", "тец", "гес", "шахта", "комбінат", "нпз", "нафтобаза", "підстанція",
    "лікарня", "ринок", "аэс", "тэц", "гэс", "нефтебаза",
})  # fmt: skip
PLACE_WORDS.update(dict.fromkeys(SITE_WORDS.difference(PLACE_WORDS), ""))
#: Words that open a street's name in an address (вул. Сумська, просп. Перемоги, ул.
#: Ленина, vul. Sumska): the part they open is no place, nor a hint.
STREET_WORDS = frozenset({
    "вул", "вулиця", "вулиці", "просп", "проспект", "пр-т", "пров", "провулок", "бул",
    "бульвар", "пл", "площа", "шосе", "наб", "набережна", "узвіз", "тупик", "майдан",
    "ул", "улица", "пер", "переулок", "б-р", "шоссе", "площадь", "проезд",
    "vul", "vulytsia", "vulitsa", "ulitsa", "ul", "prosp", "prospekt", "prov", "provulok",
    "bulvar", "ploshcha",
    "vulytsya", "vulytsa", "vulitsia", "ulitsya", "ulica",  # (BGN's ya, Polish ulica)
})  # fmt: skip
#: Words that close a street's name in an English address (Sumska Street, Peremohy Ave).
STREET_AFTER = frozenset({
    "street", "str", "avenue", "ave", "lane", "road", "rd", "boulevard", "blvd", "square",
    "highway", "vulytsia", "prospekt", "prosp", "вулиця", "проспект", "улица",
})  # fmt: skip
#: Words that say which administrative level the name is.
LEVEL_WORDS: dict[str, str] = {
    "oblast": "O", "область": "O", "обл": "O", "region": "O", "province": "O", "obl": "O",
    "reg": "O", "oblasti": "O", "області": "O", "olast": "O", "области": "O",
    # its administration or its head (the Dnipropetrovsk governor), and a raion's; the
    # acronyms (ОВА, РДА) are :data:`~gazetteer.councils.ACRONYM_LEVELS` (not "regional": a
    # regional centre is a city)
    "облдержадміністрація": "O", "облдержадміністрації": "O", "governor": "O",
    "райдержадміністрація": "P", "райдержадміністрації": "P",
    # in the languages of foreign newsrooms (Gebiet Charkiw, région de Kharkiv, obwód)
    "gebiet": "O", "obwód": "O", "obwodu": "O", "région": "O", "región": "O", "regione": "O",
    "provinz": "O", "provincie": "O", "provincia": "O",  # (Provinz Charkiw; Kiev, Provincie)
    # the occupation authorities' "republics" (Донецкой Народной Республики: Donetsk oblast)
    "республика": "O", "республики": "O", "республіка": "O", "республіки": "O",
    "республике": "O", "республіці": "O", "республикой": "O", "республікою": "O",
    "республику": "O", "республіку": "O",  # (в Республике Крым)
    "republic": "O",
    "raion": "P", "rayon": "P", "район": "P", "р-н": "P", "district": "P", "raionu": "P",
    "distr": "P", "dist": "P",  # (Izium distr.)
    "r-n": "P", "rn": "P", "р-ну": "P", "району": "P", "районі": "P", "района": "P",
    "районе": "P",
    # declined as Russian declines them, in Latin (Izyumskogo rayona, raiona, rayonu), and
    # Russian with и for й, as a keyboard or a hurried hand writes it (Бериславского раиона)
    "raiona": "P", "rayona": "P", "rayonu": "P", "раион": "P", "раиона": "P", "раиону": "P",
    "р-на": "P", "r-na": "P",  # (Изюмского р-на)
    "rayone": "P", "raione": "P", "raioni": "P", "rayoni": "P",  # (v Izyumskom rayone)
    # with j for й, as Polish, Czech and German romanise it (Izyumskogo rajona)
    "rajon": "P", "rajona": "P", "rajonu": "P", "rajone": "P", "rajoni": "P",
    "hromada": "H", "громада": "H", "community": "H", "тг": "H", "otg": "H", "отг": "H",
    "громади": "H", "громаді": "H", "громады": "H", "hromady": "H", "tg": "H",
    "община": "H", "общины": "H", "общине": "H", "общиной": "H", "громаде": "H",
    "громаду": "H", "громадою": "H", "общину": "H",  # (атакував Сумську громаду)
    "gromada": "H", "gromady": "H",  # (громада romanised from Russian: Radekhivska gromada)
}  # fmt: skip
#: The adjectives of a hromada's full name (Нововоронцовська селищна територіальна
#: громада), a council's too (сільська рада): they ask for a hromada, but end no unit's name.
HROMADA_ADJECTIVES = frozenset({
    "територіальна", "сільська", "селищна", "міська", "territorial", "silska", "selyshchna",
    "miska", "rural", "территориальная", "сельская", "поселковая", "городская", "об'єднана",
    "обʼєднана", "об’єднана", "объединенная", "obiednana", "terytorialna", "teritorialna",
    "territorialnaya", "selskaya", "poselkovaya", "gorodskaya",  # (romanised too)
})  # fmt: skip
LEVEL_WORDS.update(dict.fromkeys(HROMADA_ADJECTIVES | CITY_ADJECTIVES, "H"))
LEVEL_WORDS.update(dict.fromkeys(OBLAST_ADJECTIVES, "O"))  # (Харківська обласна рада)
# ...and the words of foreign newsrooms (Stadt Lemberg, miasto Lwów, województwo lwowskie)
PLACE_WORDS.update({w: kind for w, kind in SETTLEMENT_WORDS.items() if w not in PLACE_WORDS})
LEVEL_WORDS.update({w: kind for w, kind in REGION_WORDS.items() if w not in LEVEL_WORDS})
#: Words that put a place near another (Bohdanivka, northwest of Bakhmut).
#: Compass points as event logs abbreviate them (5 km SE of Avdiivka); not the single
#: letters, which open names (N. Kakhovka).
COMPASS_POINTS = frozenset({
    "ne", "nw", "se", "sw", "nne", "ene", "ese", "sse", "ssw", "wsw", "wnw", "nnw",
})  # fmt: skip
NEAR_WORDS = frozenset({
    "near", "outside", "around", "nearby", "north", "south", "east", "west", "northeast",
    "northwest", "southeast", "southwest", "north-east", "north-west", "south-east",
    "south-west", "біля", "поблизу", "неподалік", "поруч", "північніше", "південніше",
    "східніше", "західніше", "возле", "около", "севернее", "южнее", "восточнее", "западнее",
}) | COMPASS_POINTS  # fmt: skip
#: Words around a name that are no part of it (of, near, у, біля...).
FILLER_WORDS = frozenset({
    "of", "the", "in", "near", "from", "at", "біля", "поблизу", "під", "outside", "around",
    "nearby",
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "north-east", "north-west", "south-east", "south-west", *COMPASS_POINTS,
    "northern", "southern", "eastern", "western",
    "неподалік", "поруч", "північніше", "південніше", "східніше", "західніше",
    "возле", "около", "под", "севернее", "южнее", "восточнее", "западнее",
    "у", "в", "з", "із", "зі", "до", "від", "во", "из", "от",  # у Бахмуті, з Маріуполя
    "над", "на", "за", "коло", "близ",  # над Новою Каховкою (no name opens with them)
    "по", "вблизи", "к", "ко",  # по Кривому Рогу, вблизи Авдеевки, к Херсону
    *OF_PEOPLE,  # жителі Бахмута
    "de", "du",  # région de Kharkiv
    *ARTICLES,  # in der Stadt Lemberg, la ville de Kharkiv
})  # fmt: skip
#: A hedge beside a name (probably Kharkiv, Izium unconfirmed): no part of it.
HEDGE_WORDS = frozenset({
    "probably", "possibly", "reportedly", "allegedly", "likely", "presumably", "unconfirmed",
    "approx", "approximately", "приблизно", "орієнтовно", "примерно", "ориентировочно",
    "ймовірно", "імовірно", "можливо", "вероятно", "возможно", "предположительно",
})  # fmt: skip

# -- reading running text (gazetteer.extract) ----------------------------------------
#: English prepositions that put a place after them.
LOCATIVE_WORDS = frozenset({
    "in", "near", "at", "from", "to", "outside", "around", "of", "into", "towards", "toward",
    "across", "through", "past", "beyond", "between", "by", "via", "nearby",
})  # fmt: skip
#: Locative words that take a person or a thing as often as a place (compared Putin to
#: Stalin, a statue of Stalin, From Judo to Sumo, a gift from Vladimir): no cue for an
#: English word or a person's name that meets a city only by another spelling.
THING_CUES = frozenset({"to", "of", "from", "at", "by", "past"})
#: Words that may stand right after a place name and leave it a place (a level, a role).
ROLE_WORDS = frozenset({
    *LEVEL_WORDS, *PLACE_WORDS, "regional", "governor", "mayor", "military", "administration",
    "authorities", "officials", "residents", "front", "axis", "sector", "offensive",
    "counteroffensive", "battle", "area", "areas", "outskirts", "obl",
    "обласна", "обласної", "міська", "міської", "районна", "районної", "військова",
    "адміністрація", "адміністрації", "ова", "мва", "громади", "ради", "напрямку",
})  # fmt: skip
#: Words that make a city's name after them part of another name: football clubs (Dynamo
#: Kyiv, Шахтар Донецьк) and first names (Олександр Миколаїв, a person).
NAME_OPENERS = frozenset({
    "dynamo", "динамо", "shakhtar", "шахтар", "шахтер", "zorya", "зоря", "chornomorets",
    "чорноморець", "черноморец", "metalist", "металіст", "металлист", "karpaty", "карпати",
    "vorskla", "ворскла", "desna", "десна", "kolos", "колос", "rukh", "рух", "veres",
    "верес", "obolon", "оболонь", "polissya", "полісся", "kryvbas", "кривбас", "inhulets",
    "інгулець", "ingulets", "ингулец", "metalurh", "металург",
    "arsenal", "арсенал", "zirka", "зірка",
    "юрій", "олександр", "володимир", "андрій", "сергій", "олег", "віталій", "іван",
    "петро", "микола", "михайло", "василь", "дмитро", "тарас", "богдан", "віктор", "ігор",
    "олена", "ольга", "наталія", "тетяна", "ірина", "юлія", "оксана", "марія", "анна",
    "yurii", "yuriy", "oleksandr", "volodymyr", "andrii", "serhii", "oleh", "vitalii",
    "ivan", "petro", "mykola", "mykhailo", "vasyl", "dmytro", "taras", "bohdan", "viktor", "ihor",
    "olena", "olha", "nataliia", "tetiana", "iryna", "yuliia", "oksana", "mariia",
    # (Russian: Иван Шевченко посетил Долинское, not the village Шевченко)
    "владимир", "александр", "сергей", "андрей", "дмитрий", "иван", "юрий", "виктор",
    "игорь", "николай", "михаил", "василий", "петр", "пётр", "алексей", "евгений",
})  # fmt: skip
#: Capitalised words that open a sentence and are not part of a name.
SENTENCE_WORDS = frozenset({
    "the", "a", "an", "in", "on", "at", "near", "from", "to", "outside", "around", "after",
    "before", "since", "until", "when", "while", "as", "but", "and", "or", "so", "then",
    "also", "meanwhile", "however", "overnight", "today", "yesterday", "earlier", "later",
    "north", "south", "east", "west", "northern", "southern", "eastern", "western",
})  # fmt: skip
#: Titles before a person's name (Mr. Lyman, Dr. Sumy, пан Лиман, господин Изюм): the
#: name after one is the person's, though a place bears it too.
TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "mister", "dr", "prof", "sir", "gen", "col", "maj", "capt",
    "lt", "sgt", "пан", "пані", "пана", "панові", "паном", "господин", "господина",
    "господину", "госпожа", "госпожи", "г-н", "г-на", "г-жа",
})  # fmt: skip
#: Words that follow a person who speaks (Volodymyr said); a name before one is a person's,
#: unless it is a city known by its name alone (:func:`gazetteer.hintprior.well_known_city`).
SPEECH_VERBS = frozenset({
    "said", "says", "told", "added", "wrote", "stated", "noted", "explained", "warned",
    "claimed", "announced", "заявив", "заявила", "сказав", "сказала", "повідомив",
    "повідомила", "зазначив", "зазначила", "розповів", "розповіла", "написав", "написала",
    "заявил", "сказал", "сообщил", "сообщила", "отметил", "отметила",
})  # fmt: skip

#: Verbs of war news whose object is a place (Shelling hit Krasne, Drones struck Vesele and
#: Sencha, ворог обстріляв Новолозуватку): a name right after one is read as a place, unless
#: it is a first name (attacked Maria: :data:`FIRST_NAMES`) or a possessive (hit Sofia's
#: school). Not those a person or a party is as often the object of (visited, left,
#: attacked, targeted).
WAR_VERBS = frozenset({
    "hit", "struck", "shelled", "bombed", "bombarded", "captured", "liberated", "retook",
    "recaptured", "stormed", "encircled", "seized", "occupied",
    "обстріляв", "обстріляла", "обстріляли", "обстрілюють", "обстрілювали", "атакував",
    "атакувала", "атакували", "окупували", "окупувала", "захопили", "штурмують",
    "штурмували", "оточили", "звільнили", "звільнено", "деокупували",
    "обстрелял", "обстреляла", "обстреляли", "обстреливают", "атаковал", "атаковали",
    "освободили", "оккупировали", "захватили", "штурмуют", "штурмовали", "окружили",
})  # fmt: skip
#: Verbs of a strike that put a place after по (вдарили по Харкову).
STRIKE_VERBS = frozenset({
    "вдарили", "вдарив", "вдарила", "ударили", "ударил", "ударила", "удар", "удари",
    "удару", "ударів", "ударов", "ударами",
})  # fmt: skip
#: First names a war verb's object may be (attacked Maria): a person, not a place.
FIRST_NAMES = frozenset({
    "maria", "sofia", "sofiia", "nadia", "nadiia", "stepan", "anna", "hanna", "halyna", "lesia",
    "vira", "liubov", "roman", "marta", "yaroslav", "svitlana", "larysa", "maksym", "denys",
    "kateryna", "tamara", "olesia", "ruslan", "borys", "orest", "myroslav", "nina", "zoia",
    "kalyna", "mykhailo", "pavlo", "yevhen", "oleksii", "artem", "valentyna", "liudmyla",
    "viktoria", "viktoriia", "stanislav", "nadezhda", "vera", "lubov", "любов", "любовь",
    "sasha", "nikita", "flora", "trudy", "саша", "нікіта", "никита",
    "марія", "софія", "надія", "віра", "олена", "ірина", "галина", "ольга", "анна", "ганна",
    "тетяна", "наталія", "оксана", "юлія", "катерина", "людмила", "валентина", "тамара",
    "світлана", "лариса", "марина", "калина", "зоя", "ніна", "леся", "вікторія", "мирослава",
    "надежда", "вера", "мария", "софия", "елена", "татьяна", "наталья", "екатерина",
    # common Ukrainian given names in Cyrillic, men's and women's (as the Latin ones above;
    # none a city's name; Лука, the name of 15 villages, left out)
    "степан", "роман", "ярослав", "максим", "денис", "руслан", "борис", "орест", "мирослав",
    "євген", "олексій", "артем", "станіслав", "павло", "назар", "остап", "антон", "вадим",
    "валерій", "геннадій", "григорій", "данило", "ілля", "кирило", "костянтин", "леонід",
    "марко", "микита", "анатолій", "в'ячеслав", "федір", "святослав", "ростислав", "любомир",
    "зиновій", "яків", "тимофій", "семен", "матвій", "нестор", "кузьма", "сава", "олександра",
    "анастасія", "дарія", "христина", "ярослава", "богдана", "євгенія", "іванна", "кристина",
    "лілія", "марта", "наталя", "олеся", "поліна", "раїса", "соломія", "уляна", "вероніка",
    "аліна", "валерія", "лідія", "алла", "інна", "антоніна", "ксенія", "мар'яна", "стефанія",
})  # fmt: skip
# (each with the apostrophe text writes it with too: Мар’яна, Вʼячеслав, as Мар'яна)
FIRST_NAMES |= {name.replace("'", mark) for name in FIRST_NAMES for mark in "’ʼ"}


def is_first_name(word: str) -> bool:
    """Whether ``word`` (in lower case) is a first name (either list: Sofia, Олена)."""
    return word in FIRST_NAMES or word in NAME_OPENERS


#: Common Ukrainian surnames without a surname's ending (-enko, -chuk) that villages bear
#: too (Козак): after a war verb in Latin letters, which has no animate accusative to tell
#: (Cyrillic does: захопили Козака), the person.
SURNAMES = frozenset({
    "kozak", "melnyk", "boiko", "boyko", "oliinyk", "koval", "bondar", "moroz", "kravets",
    "kushnir", "honchar", "kovtun", "mazur", "kolesnyk", "lytvyn", "tkach", "shvets",
})  # fmt: skip

#: Words that close a road's name after a place's (Київському шосе, Kyiv Street): the
#: name is the road's. (Not those that open a street's name: м. Київ, вул. Хрещатик.)
ROAD_AFTER = frozenset({
    "street", "str", "avenue", "ave", "lane", "road", "rd", "boulevard", "blvd", "highway",
    "шосе", "шоссе", "траса", "трасі", "трасу", "трассе", "трасса",
})  # fmt: skip

#: Quotation marks around a name: it is the name of something else (a unit, a firm).
QUOTES = frozenset('«»“”„"')

#: A person's age after a name (Volodymyr, 54, a resident of Bucha): the name is a person's.
AGE_AFTER = lazy_compile(r"\s*,\s*\d{1,3}\s*[,)]")

#: Words after which a name is a place, whatever verb follows (residents of Bucha said).
OF_A_PLACE = frozenset({"of", "in", "from", "near", "at", "з", "із", "у", "в", "из"})


#: Names that villages share with foreign places far better known (match keys): in free
#: text they mean the foreign place.
FOREIGN = frozenset(match_key(name) for name in (
    "Berlin", "Rostov", "Voronezh", "Moldova", "Volga", "Novorossiysk", "Ростов", "Воронеж",
    "Берлин", "Молдова", "Paris", "Париж", "Dubai", "Дубай", "Дубае", "Дубаї",  # (not Дуба)
))  # fmt: skip


#: Endings of villages' names that no surname, first name or common word has: -івка,
#: -анка, -инка and -енка (not Іванка, a first name, nor Шевченка, a surname's case; in
#: Cyrillic only a feast's, Преображенка, Воскресенка: Руденка, Москаленка are surnames' too),
#: neuter adjectives (-ове, -ське, -не after a consonant but not -rne, -nne, Milne: Horne,
#: Anne; -оке, -еселе, -нє, -яче), plurals (-ичі, -івці, -инці, -ки but not -ський's -sky),
#: possessives in -ів; and the Russian neuters of war reporting (-ное, -ское, -цкое, -ово, -ево,
#: -ино: Работино, Красное; romanised -noye, -skoe, -voye, -ovo: Krasnoye, Pervomayskoe,
#: Lugovoye, Kurakhovo, but not -ino, an Italian name's too: Pacino, Valentino).
TOPONYMIC_ENDING = lazy_compile(
    r"(?:[iy]vka|[aoe]vka|[^v]anka|[yi]nka|(?<!ch)enka|[oey]ve|[iy]ne|[iy]rne|[bcdhkmpstvz]ne|(?<!^mi)lne"
    r"|ske|(?:yr|ys|yb|yn)oke|esele|(?:[dl]|zh|sh)nie|iache|[iy]chi|[iy]vtsi|[iy]ntsi"
    r"|[^aeiouys]iv|[^s]ky|(?:n|sk|v)oy?e|[^aeiou][oe]vo|ное|[сцв]кое|вое|[^аеиоуыэюяё][ое]во|ино"
    r"|[іїоа]вка|[ое]вка|[^в]янка|[^в]анка|[иії]нка|(?:же|ще|есе|спе|аме|вле|еде)нка|[оеє]ве|[иі]р?не"
    r"|[бвгджзклмпстфхцчшщь]не|[сц]ьке|(?:ир|ис|иб|ин)оке|еселе|(?:д|ль|ж|ш)нє|яче"
    r"|[иі]чі|[іи]вці|[иі]нці|[^аеиоуі]ів|[^с]ки)$",
    re.IGNORECASE,
)


#: The ending of those that says a place even where a sentence opens and its capital says
#: nothing: one Latin word in -ivka, -yivka, -ovka, -evka, -avka, which no English word has
#: (Lyubymivka was liberated, Avdeevka fell), unlike -ove (Love) or -anka (Lanka).
OPENING_TOPONYMIC = lazy_compile(r"^[A-Z][a-z'’]*[aeiouy]vka$")


#: English settlement words that, written right after a name in lower case, say it is a
#: settlement's (Rudka village, Samara village was shelled); not a capitalised one, a part of
#: a name (Olympic Village).
SETTLEMENT_AFTER = frozenset({"village", "villages", "town", "city", "settlement", "hamlet"})


#: The marks that end a sentence or clause, which no name runs across (find_places counts
#: sentences by them; a sports report's frame is its sentence's).
SENTENCE_MARKS = ".!?…:;\n"
SENTENCE_END = lazy_compile(f"[{SENTENCE_MARKS}]")


def a_title(word: str | None) -> bool:
    """Whether ``word`` is one of :data:`TITLES`; an English one only capitalised, as a
    title is written (I miss Kharkiv: miss is a verb there)."""
    if word is None or word.lower() not in TITLES:
        return False
    return not word.isascii() or word[0].isupper()


def an_acronym(word: str) -> bool:
    """Whether ``word`` is an acronym, maybe with a case's ending or a word hyphened to it
    (ЗСУ, ППО, БпЛА, КАБами, FPV-дронами, KABs): two capitals among its first three letters."""
    head = word.split("-", 1)[0]
    return len(head) >= 2 and sum(c.isupper() for c in head[:3]) >= 2


#: English endings glued to a name that are not part of it (Kherson's, Kharkiv-based).
#: Tags beside a place's name in reports, no word of the name: temporarily occupied
#: territory (Nova Kakhovka TOT, ТОТ Херсонщини).
TAGS = frozenset({"TOT", "ТОТ", "TOTs"})
_GLUED = lazy_compile(r"(?:['’]s|-(?:based|born|bound|held|controlled|occupied|area))$")


#: The English possessive endings :func:`trimmed_word` cuts off (Kherson's, Kherson’s).
_POSSESSIVES = ("'s", "’s")


def possessive_after(text: str, end: int) -> bool:
    """Whether ``text`` has an English possessive right at ``end`` (Kherson's, Sofia's)."""
    return text[end : end + 2] in _POSSESSIVES


def trimmed_word(start: int, word: str) -> tuple[int, int, str]:
    """A word of running text at ``start`` with an English possessive or compound ending cut
    off (not People's): its start, end and text."""
    glued = _GLUED.search(word)
    if glued and glued.start() > 0 and word[: glued.start()].lower() != "people":
        word = word[: glued.start()]
    return start, start + len(word), word


def text_words(word: re.Pattern[str], text: str) -> list[tuple[int, int, str]]:
    """The words of running text (``word`` matches one), as :func:`trimmed_word` gives them,
    but for tags beside a name (Nova Kakhovka TOT, на ТОТ Херсонщини: no word of it)."""
    return [trimmed_word(m.start(), w) for m in word.finditer(text) if (w := m.group()) not in TAGS]
