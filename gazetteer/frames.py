"""What a sentence says a bare name is when it is not a place: a team in a sports report
(Shakhtar beat Dynamo, Zorya drew with Oleksandriia, Шахтар обіграв Динамо, Ворскла
поступилася Полтаві), a source (according to Tass, Interfax reported), a military unit (the
93rd Kholodnyi Yar brigade, бригада Холодний Яр: :func:`a_unit`), for :mod:`gazetteer.spans`.

Ukrainian clubs bear their towns' names or words villages are named with (Zorya, Veres,
Rukh, Oleksandriia, Polissia), so in a sentence that speaks of a match, a name of one word
with no preposition or level beside it is the team's; a place in it keeps its preposition
(Metalist drew with Vorskla in Poltava: Poltava), and so do the names listed after it (in
Kharkiv, Odesa and Lviv). A sentence that speaks of war as well (Russia shelled Kharkiv
during the match, обстріляли Херсон, матч перенесли) is a war report's: its names stay places.
A name that hosts a match is where it is played (Kharkiv and Odesa hosted the league
matches, Львів прийме фінал): :func:`hosts`, a place when a city's (evidence.py), since a
team hosts matches too (Zorya hosted the match). A club's name with its town's after it
(Shakhtar Donetsk, Zorya Luhansk) is the club's: no place of the match, which is seldom
played in that town (spans.py reads the town as glued to the club's name).
"""

from __future__ import annotations

import re
from functools import lru_cache

from translit.lazyre import lazy_compile

from .words import LEVEL_WORDS, PLACE_WORDS, SENTENCE_END, SENTENCE_MARKS

#: Words only a sports report uses (not "draw", "cup", "goal", "season", "half", nor "beat
#: back", "beat off": news of war and of the weather use them too).
_SPORTS = lazy_compile(
    r"(?<!\w)(?:drew|scored|scores(?!\s+of\b)|striker|midfielder"
    r"|goalkeeper|footballers?|match|matches|league|fc|derby|fixture|uefa|playoff"
    r"|half-time|halftime|kick-off"
    r"|(?:first|second) half(?!\s+of\b)|матч\w*|ліг[аиіу]|лиг[аиеу]|фк|футбол\w*|забив|забил"
    r"|обігра\w*|обыгра\w*|в?нічию|в?ничью)(?!\w)",
    re.IGNORECASE,
)
#: Verbs of one side bettering another, a match's as often as a ranking's (Ворскла
#: поступилася Полтаві, Vinnytsia beat Poltava): a club lost to or beat another, its rival
#: in the dative: not поступитися чим (a thing's instrumental: Кримом) nor уступить что
#: (ceded: Херсон).
_BETTERED = lazy_compile(
    r"(?<!\w)(?:beats?(?!\s+(?:back|off)\b)"
    r"|(?:поступи(?:лася|лась|лися|вся|лись)|уступил[аио]?|програ(?:в|ла|ло|ли)"
    r"|проиграл[аио]?)(?=\s+[А-ЯІЇЄҐЁ]\w*(?:[іїе]|ові|еві"
    r"|єві|у|ю)(?!\w))|перемогл[аио]|переміг|победил[аио]?)(?!\w)",
    re.IGNORECASE,
)
#: Words of a ranking (Київ поступився Львову в рейтингу, Vinnytsia beat Poltava in the
#: city ranking): the names a verb of :data:`_BETTERED` sets side by side are its entrants,
#: places, unless a match's own words are said too, or a club's (:data:`_CLUBS`).
_RANKING = lazy_compile(
    r"(?<!\w)(?:рейтинг\w*|ranking\w*|rankings?|ranked|rating\w*|index|індекс\w*|индекс\w*"
    r"|опитуванн\w*|опрос\w*|survey)(?!\w)",
    re.IGNORECASE,
)
#: What says a ranking is a sport's, not the cities': a club whose name no city bears
#: (Ворскла, Карпати, Zorya: words.NAME_OPENERS' clubs, declined), capitalised, for several
#: are words too (руху транспорту, Колос, Арсенал, Зірка); a football body, "club"
#: (Ворскла поступилася Полтаві в рейтингу УЄФА: the team Poltava); "team" by :data:`_TEAM`.
_CLUBS = lazy_compile(
    r"(?<!\w)(?:(?:Динамо|Шахт[ае]р|Зор|Чорноморц|Чорноморець|Черноморц|Черноморец|Металл?іст"
    r"|Металлист|Карпат|Ворскл|Десн|Колос|Рух|Верес|Оболон|Полісс|Кривбас|Інгулець|Інгульц"
    r"|Ингулец|Ингульц|Металург|Арсенал|Зірк)(?:[аяуюіиеоєь]|ом|ем|єм|ою|ею|ові|ам|ами|ах|ям)?"
    r"|Dynamo|Shakhtar|Zorya|Chornomorets|Metalist|Karpaty|Vorskla|Desna|Kolos|Rukh|Veres"
    r"|Obolon|Polissya|Kryvbas|Inhulets|Ingulets|Metalurh|Arsenal|Zirka"
    r"|(?i:уєфа|уефа|uefa|фіфа|фифа|fifa|упл|upl|клуб\w*|club\w*))(?!\w)"
)
#: "Team" (not "command", командування), a club's in a ranking (Полтава поступилася Львову в
#: рейтингу, команда опустилася), unless a team of people who rank (команда дослідників,
#: проєкту; a research team, a team of analysts) or a ranking of cities (в рейтингу міст,
#: the city ranking: :data:`_OF_CITIES`) is said.
_TEAM = lazy_compile(
    r"(?<!\w)(?<!research )(?<!survey )(?<!дослідницька )(?<!наукова )(?<!аналітична )"
    r"(?:teams?|команд(?:а|и|і|у|ою|ам|ами|ах))(?!\w)"
    r"(?!\s+(?:of\s+)?(?:research|analyst|expert|scientist|journalist|sociologist|дослідник"
    r"|науков|аналітик|експерт|журналіст|соціолог|проєкт|проект|урбаніст|фахівц|исследовател"
    r"|аналитик|эксперт|журналист|социолог|ученых|учених))",
    re.IGNORECASE,
)
#: A ranking said to be of cities (рейтингу міст, рейтинге городов, the city ranking,
#: ranking of cities): its entrants are places, whatever team ranked them.
_OF_CITIES = lazy_compile(
    r"(?<!\w)(?:(?:рейтинг\w*|ranking\w*|index|індекс\w*|индекс\w*)\s+(?:of\s+)?"
    r"(?:міст|городов|cities|towns)|(?:city|cities'?|town)\s+(?:ranking|index))(?!\w)",
    re.IGNORECASE,
)
#: Words only war news uses (not hit, struck, attack, удар, атака: a match's words too).
_WAR = lazy_compile(
    r"(?<!\w)(?:shell(?:ed|ing|s)?|missiles?|drones?|(?:air|missile|drone) strikes?|strikes? on"
    r"|bomb(?:ed|ing|s)?|troops|forces|attacked|invaded|occupied|occupation|air raid"
    r"|обстріл\w*|обстріля\w*|обстрел\w*|ракет(?!к)\w*|дрон\w*|бпла|шахед\w*|окупант\w*"
    r"|атакува\w*|атакова\w*|бомб(?!ардир)\w*|військ\w*|войск\w*)(?!\w)",
    re.IGNORECASE,
)
#: Prepositions that say where a team plays (drew with Vorskla in Poltava): the name after
#: one is a place in a sports report too.
WHERE_WORDS = frozenset({
    "in", "at", "near", "outside", "around", "from", "у", "в", "на", "біля", "під", "поблизу",
    "во", "под", "возле", "около",
})  # fmt: skip
#: The rest of a list a name opens (, Odesa and Lviv; , Odesa, and Lviv), then a verb of
#: hosting (will host, hosted, прийняли, приняли), then what is hosted: a match's, a round's
#: or a tournament's word, after the, a, its, a day's possessive (the Ukrainian Premier League
#: matches, Saturday's match) or after words in small letters only (hosted league matches;
#: not hosted Dynamo in the cup match: a team then).
_EVENT = (
    r"(?i:match(?:es)?|games?|finals?|semi-?finals?|derby|derbies|fixtures?|tournaments?"
    r"|championships?|cup|league|rounds?|matchday|матч\w*|фінал\w*|турнір\w*|гр[уи]|ігр[иу]"
    r"|финал\w*|турнир\w*|игр[уы])(?!\w)"
)
_MODIFIER = r"(?!(?i:in|at|on|with|against|for|from|of|vs|між|з|із|с|против|проти)\s)[\w’'-]+\s+"
_HOSTS = lazy_compile(
    r"(?:(?:\s*,\s*|\s*,?\s+(?i:and|or|та|і|й|и|або|или)\s+)[^\W\d_][\w’'ʼ-]*)*"
    r"\s+(?:(?i:will|would|is|are|was|were|has|have|had|to|also|again|jointly|set|due"
    r"|then|already|both|not|successfully)\s+){0,3}"
    r"(?i:host(?:s|ed|ing)?|stag(?:e|es|ed|ing)|прийня\w*|прийма\w*|прийме\w*|прийму\w*"
    r"|приня\w*|принима\w*|прим(?:ет|ут))\s+"
    r"(?:(?:(?i:the|a|an|this|that|these|its|their|next|two|three|several|all|both)"
    r"|(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|tomorrow|yesterday"
    r"|weekend)['’]s)\s+(?:"
    + _MODIFIER
    + r"){0,3}?|(?:(?=[^\W\d_A-ZА-ЯІЇЄҐЁ])"
    + _MODIFIER
    + r"){0,3}?)"
    + _EVENT
)
#: Words after which a name is who did or wrote a thing (a report by Kozak, killed by
#: Russia), seldom where (a locative word all the same, so never a cue for a place).
AGENT_WORDS = frozenset({"by"})
#: Words after which a name is who told the news, not where it happened.
_SOURCE_OPENERS = (("according", "to"), ("citing",), ("cited",), ("quoted",))


def a_sports_sentence(text: str, at: int) -> bool:
    """Whether the sentence around offset ``at`` of ``text`` reports a match (and no war)."""
    # (the sentence alone is searched: a search of the whole text for each name was
    # quadratic, 20 s for a report of 110 kB)
    start = max(text.rfind(mark, 0, at) for mark in SENTENCE_MARKS) + 1
    end = SENTENCE_END.search(text, at)
    stop = end.start() if end else len(text)
    return _sports_between(text, start, stop)


@lru_cache(maxsize=4)
def _sports_between(text: str, start: int, stop: int) -> bool:
    """:func:`a_sports_sentence` of the sentence ``text[start:stop]``, searched once for all
    its names (a text with no sentence end, searched whole for each, was quadratic: 2.3 s
    for 49 kB of 900 names). A text's names are read in order, so a few sentences are kept
    (and so the texts they are of: a long text is not held past its reading)."""
    sports = bool(_SPORTS.search(text, start, stop)) or (
        bool(_BETTERED.search(text, start, stop))
        and not (_RANKING.search(text, start, stop) and not _club_ranked(text, start, stop))
    )
    return sports and not _WAR.search(text, start, stop)


def _club_ranked(text: str, start: int, stop: int) -> bool:
    """Whether the ranking the sentence ``text[start:stop]`` speaks of is clubs': a club or a
    football body is named, or a team and no ranking of cities."""
    if _CLUBS.search(text, start, stop):
        return True
    return bool(_TEAM.search(text, start, stop)) and not _OF_CITIES.search(text, start, stop)


def hosts(text: str, end: int) -> bool:
    """Whether the name (or the list it opens) ending at offset ``end`` of ``text`` hosts a
    match: Kharkiv and Odesa hosted the league matches, Lviv will host the derby."""
    return bool(_HOSTS.match(text, end))


def a_source(words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether word ``i`` names a source: it follows according to, citing, quoted."""
    for opener in _SOURCE_OPENERS:
        n = len(opener)
        if i >= n and tuple(w[2].lower() for w in words[i - n : i]) == opener:
            return True
    return False


#: What a person sends, gives or says, in its cases, that "від", "у", "от" then name the
#: person of (Лист від Климця, Интервью у Максимца, Письмо от Климца: the surnames, not the
#: villages Климець, Максимець that their nominatives name).
_SENT = frozenset({
    "лист", "листа", "листи", "листів", "листом", "листі", "листівка", "листівку",
    "повідомлення", "дзвінок", "дзвінка", "дзвінки", "дзвінку", "інтерв'ю", "інтерв’ю", "інтервʼю",
    "подарунок", "подарунка", "подарунки", "подарунку", "коментар", "коментаря",
    "коментарі", "коментарів", "заява", "заяви", "заяву", "заявою", "заяві", "вітання",
    "привітання", "послання", "звернення", "відповідь", "запрошення", "посилка", "посилку",
    "письмо", "письма", "письме", "сообщение", "сообщения", "звонок", "звонка", "звонки",
    "интервью", "подарок", "подарка", "подарки", "комментарий", "комментария",
    "комментарии", "заявление", "заявления", "поздравление", "поздравления", "послание",
    "обращение", "ответ", "приглашение", "посылка", "посылку", "привет",
})  # fmt: skip
#: The prepositions a sender follows: "from" (від, от), "at", an interview's (у Максимца).
_FROM = frozenset({"від", "у", "от"})


def a_sender(text: str, words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether word ``i`` names who sent, gave or said a thing: after one of :data:`_FROM`
    with a word of :data:`_SENT` before it, only spaces between, in a man's genitive in -а,
    -я (Лист від Климця, Интервью у Максимца; not a locative, Повідомлення у Бахмуті, nor a
    case no surname takes, Лист від Олександрії: the town)."""
    if i < 2 or words[i - 1][2].lower() not in _FROM or words[i - 2][2].lower() not in _SENT:
        return False
    if (
        text[words[i - 2][1] : words[i - 1][0]].strip()
        or text[words[i - 1][1] : words[i][0]].strip()
    ):
        return False
    return words[i][2].lower().endswith(("а", "я"))


#: What a person sends or says in English, that "from" then names the person of (a letter
#: from Klymets, a phone call from Kovalenko).
_SENT_EN = frozenset({
    "letter", "letters", "message", "messages", "call", "calls", "parcel", "parcels", "note",
    "notes", "postcard", "postcards", "email", "emails", "e-mail", "e-mails", "gift", "gifts",
    "package", "packages", "text", "texts", "telegram", "telegrams", "invitation", "reply",
})  # fmt: skip
#: A surname's ending as English writes it (Klymets, Kovalenko, Tkachuk, Petrova, Boiko).
_LATIN_SURNAME = lazy_compile(
    r"(?:ets|enko|chuk|iuk|yuk|ko|ak|yk|ik|ov|ev|iev|in|yn|skyi|sky|ych|ova|eva|ina|yna|ska)$"
)


def an_english_sender(text: str, words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether word ``i``, in Latin letters, names who sent a thing: after "from" with a
    word of :data:`_SENT_EN` before it, only spaces between, in a surname's shape (a letter
    from Klymets: the village Климець's name too). Whether a city is named all the same (a
    letter from Irpin, from Kharkiv) :mod:`gazetteer.evidence` weighs."""
    if i < 2 or words[i - 1][2].lower() != "from" or words[i - 2][2].lower() not in _SENT_EN:
        return False
    if (
        text[words[i - 2][1] : words[i - 1][0]].strip()
        or text[words[i - 1][1] : words[i][0]].strip()
    ):
        return False
    word = words[i][2]
    return word.isascii() and bool(_LATIN_SURNAME.search(word.lower()))


#: A military unit's words that a name right before them names (the 93rd Kholodnyi Yar
#: brigade, the Azov regiment): the unit's name, no place where it is.
_UNIT_AFTER = frozenset({
    "brigade", "brigades", "battalion", "battalions", "regiment", "regiments", "division",
    "corps", "squadron", "detachment",
})  # fmt: skip
#: A council's word capitalised after a name, as a parliament's is written (Верховна Рада,
#: до Верховної Ради, в Верховной Раде; Рада Безпеки): the body, no place (Верхівня).
#: In small letters a town's council (Сумської міської ради) lies where the town does.
_COUNCIL_AFTER = lazy_compile(r"Рад(?:а|и|і|у|ою|ой|е|ы)$")
#: The supreme command's headquarters, capitalised as its name is (засідання Ставки, на
#: Ставці, Ставка Верховного Головнокомандувача, в Ставке): the body, no place. No
#: settlement is called Ставка; the villages Ставки are read after a settlement's word
#: (село Ставки, у селі Ставки), before a level's (Ставки Кременчуцького району) or in their
#: own plural cases (у Ставках, до Ставок).
_HEADQUARTERS = lazy_compile(r"Ставк(?:а|и|і|у|ою|ці|е|ой)$")
#: A Ukrainian or Russian unit's word, in any case, that a name right after it names
#: (бригада Холодний Яр, бійці бригади «Холодний Яр», батальйону Айдар, 93 ОМБр ...).
_UNIT_BEFORE = lazy_compile(
    r"(?:(?:бригад|батальйон|батальон|добробат|дивізі|дивизи|отряд)\w*"
    r"|загін|загону|загоні|загоном|полк(?:у|ом|і|и|ів|ов|а|е)?"
    r"|омбр|обр|ошб|ошбр|ошп|оабр|омпбр|огпбр)$",
    re.IGNORECASE,
)


#: A firm's or an office's part as well as an army's (the Kherson division of
#: Ukrzaliznytsia): a unit's word only with a number before the name (the 76th ... Division).
_PART_WORDS = frozenset({"division", "divisions"})
#: A unit's number before its name (the 76th, 3rd, 93).
_NUMBERED = lazy_compile(r"\d+(?:st|nd|rd|th|-?(?:а|я|й|ша|га|тя|ма))?", re.IGNORECASE)


def a_unit(text: str, words: list[tuple[int, int, str]], first: int, after: int) -> bool:
    """Whether the name of words ``first`` to ``after`` (not included) names a military
    unit, a council or the headquarters (засідання Ставки): a unit's word right after it
    (Kholodnyi Yar brigade; a division only with a number before the name, else an office's,
    the Kherson division of Ukrzaliznytsia; Верховна Рада) or, in Cyrillic, right before it
    (бригада Холодний Яр), only spaces or quotation marks between."""
    if after == first + 1 and _HEADQUARTERS.match(words[first][2]):
        village = first > 0 and words[first - 1][2].lower() in PLACE_WORDS  # село Ставки
        # (Ставки Кременчуцького району, Ставки Полтавщини's level word one or two words on)
        placed = any(w[2].lower() in LEVEL_WORDS for w in words[after : after + 2])
        return not (village or placed)
    if (
        after < len(words)
        and (words[after][2].lower() in _UNIT_AFTER or _COUNCIL_AFTER.match(words[after][2]))
        and not text[words[after - 1][1] : words[after][0]].strip(" \"'”’»")
    ):
        return words[after][2].lower() not in _PART_WORDS or _numbered(text, words, first)
    if first == 0 or text[words[first - 1][1] : words[first][0]].strip(" \"'«„“"):
        return False
    return bool(_UNIT_BEFORE.match(words[first - 1][2]))


def _numbered(text: str, words: list[tuple[int, int, str]], first: int) -> bool:
    """Whether a unit's number is one of the two tokens right before word ``first`` (the
    76th Pskov, the 76th Guards Pskov), within its sentence."""
    before = re.split(r"[.!?;]", text[max(0, words[first][0] - 40) : words[first][0]])[-1]
    return any(_NUMBERED.fullmatch(token) for token in before.split()[-2:])
