"""Hand-kept facts about the 27 top-level units that the codifier does not carry.

The codifier names an oblast by its adjective only (``Херсонська``) and has no English or
Russian forms and no administrative centre; these are well-known facts, listed here once.
The build checks every centre against the codifier (it must be a city, M or K, in the
unit, or the city itself for Kyiv and Sevastopol; Kyiv oblast's centre is Kyiv city).
"""

from __future__ import annotations

#: KATOTTG prefix -> (usual English name, Russian adjective form, centre in Ukrainian)
OBLAST_FACTS: dict[str, tuple[str, str, str]] = {
    "UA01": ("Crimea", "Автономная Республика Крым", "Сімферополь"),
    "UA05": ("Vinnytsia", "Винницкая", "Вінниця"),
    "UA07": ("Volyn", "Волынская", "Луцьк"),
    "UA12": ("Dnipropetrovsk", "Днепропетровская", "Дніпро"),
    "UA14": ("Donetsk", "Донецкая", "Донецьк"),
    "UA18": ("Zhytomyr", "Житомирская", "Житомир"),
    "UA21": ("Zakarpattia", "Закарпатская", "Ужгород"),
    "UA23": ("Zaporizhzhia", "Запорожская", "Запоріжжя"),
    "UA26": ("Ivano-Frankivsk", "Ивано-Франковская", "Івано-Франківськ"),
    "UA32": ("Kyiv", "Киевская", "Київ"),
    "UA35": ("Kirovohrad", "Кировоградская", "Кропивницький"),
    "UA44": ("Luhansk", "Луганская", "Луганськ"),
    "UA46": ("Lviv", "Львовская", "Львів"),
    "UA48": ("Mykolaiv", "Николаевская", "Миколаїв"),
    "UA51": ("Odesa", "Одесская", "Одеса"),
    "UA53": ("Poltava", "Полтавская", "Полтава"),
    "UA56": ("Rivne", "Ровенская", "Рівне"),
    "UA59": ("Sumy", "Сумская", "Суми"),
    "UA61": ("Ternopil", "Тернопольская", "Тернопіль"),
    "UA63": ("Kharkiv", "Харьковская", "Харків"),
    "UA65": ("Kherson", "Херсонская", "Херсон"),
    "UA68": ("Khmelnytskyi", "Хмельницкая", "Хмельницький"),
    "UA71": ("Cherkasy", "Черкасская", "Черкаси"),
    "UA73": ("Chernivtsi", "Черновицкая", "Чернівці"),
    "UA74": ("Chernihiv", "Черниговская", "Чернігів"),
    "UA80": ("Kyiv", "Киев", "Київ"),
    "UA85": ("Sevastopol", "Севастополь", "Севастополь"),
}

#: KATOTTG prefix -> the names the region goes by in Ukrainian (and the usual Russian
#: spelling where it differs, and the English exonym where English has its own): Харківщина,
#: на Донеччині, Закарпаття, Transcarpathia. Names of another place
#: too (Запоріжжя, the city) are left out. A historic land wider than one oblast is a name of
#: each oblast it mostly covers, so that it reads as those oblasts, tied, never as a village
#: of its name: Донбас (Donetsk, Luhansk), Слобожанщина (Kharkiv, Sumy, Luhansk), Галичина
#: (Lviv, Ivano-Frankivsk, Ternopil), Поділля (Vinnytsia, Khmelnytskyi, Ternopil), Таврія
#: (Crimea, Zaporizhzhia, Kherson); the lands as the Encyclopedia of Modern Ukraine
#: (esu.com.ua) and Ukrainian Wikipedia bound them. Криворіжжя, the Kryvyi Rih area, lies
#: in Dnipropetrovsk oblast.
REGION_NAMES: dict[str, tuple[str, ...]] = {
    # (and French Crimée, which no other form reads: its key is the English word crime's,
    # so it is read only as written; Turkish Kırım and Crimean Tatar Qırım, written with
    # the dotless ı, are read as written too)
    "UA01": ("Крим", "Крым", "Таврія", "Таврия", "Tavria", "Crimée", "Kırım", "Qırım"),
    "UA05": ("Вінниччина", "Винничина", "Поділля", "Подолье", "Podillia", "Podolia"),
    "UA07": ("Волинь", "Волынь", "Volhynia"),
    "UA12": ("Дніпропетровщина", "Дніпровщина", "Днепропетровщина", "Криворіжжя", "Криворожье"),
    "UA14": ("Донеччина", "Донетчина", "Донбас", "Донбасс"),
    "UA18": ("Житомирщина",),
    "UA21": ("Закарпаття", "Закарпатье", "Transcarpathia"),
    "UA23": ("Запоріжчина", "Запорожчина", "Таврія", "Таврия", "Tavria"),
    "UA26": (
        "Івано-Франківщина",
        "Франківщина",
        "Прикарпаття",
        "Прикарпатье",
        "Галичина",
        "Галиция",
        "Galicia",
    ),
    "UA32": ("Київщина", "Киевщина"),
    "UA35": ("Кіровоградщина", "Кропивниччина", "Кировоградщина"),
    "UA44": ("Луганщина", "Донбас", "Донбасс", "Слобожанщина", "Slobozhanshchyna"),
    "UA46": ("Львівщина", "Львовщина", "Галичина", "Галиция", "Galicia"),
    "UA48": ("Миколаївщина", "Николаевщина"),
    "UA51": ("Одещина", "Одесщина"),
    "UA53": ("Полтавщина",),
    "UA56": ("Рівненщина", "Ровенщина"),
    "UA59": ("Сумщина", "Слобожанщина", "Slobozhanshchyna"),
    "UA61": (
        "Тернопільщина",
        "Тернопольщина",
        "Галичина",
        "Галиция",
        "Galicia",
        "Поділля",
        "Подолье",
        "Podillia",
        "Podolia",
    ),
    "UA63": ("Харківщина", "Харьковщина", "Слобожанщина", "Slobozhanshchyna"),
    "UA65": ("Херсонщина", "Таврія", "Таврия", "Tavria"),
    "UA68": ("Хмельниччина", "Хмельнитчина", "Поділля", "Подолье", "Podillia", "Podolia"),
    "UA71": ("Черкащина", "Черкасщина"),
    "UA73": ("Буковина", "Чернівеччина", "Bukovina"),
    "UA74": ("Чернігівщина", "Черниговщина"),
}

#: ISO 3166-2:UA codes that differ from the KATOTTG prefix (they follow the older KOATUU
#: numbering). Used only to cross-check what pycountry gives.
ISO_EXCEPTIONS: dict[str, str] = {
    "UA01": "UA-43",
    "UA44": "UA-09",
    "UA73": "UA-77",
    "UA80": "UA-30",
    "UA85": "UA-40",
}
