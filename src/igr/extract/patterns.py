"""Regular expressions and word lists of mention detection, and the helpers they need."""

from __future__ import annotations

import re
from collections.abc import Iterable

# (an apostrophe inside a word or after its plural "s", not a closing quote: "the 'Belt and Road' initiative")
_WORD = r"(?:[A-Z](?:[\w&]|['’](?=\w)|(?<=s)['’]|\.(?=\w))*(?:[-–][\w'’]+)*|\d+(?:st|nd|rd|th)\b|(?:19|20)\d\d\b)"
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# (not "on" a date: "the first X Conference on January 22")
_LINK = r"(?:[ \t]+(?:of(?:[ \t]+the)?|for(?:[ \t]+the)?|on(?![ \t]+" + _MONTHS + r")|and(?:[ \t]+the)?|cum(?:[ \t]+the)?|the|de|del|da|du|des|la|le|&(?:[ \t]+the)?)[ \t]+|[ \t]*/[ \t]*|-|–(?=[A-Z])|[ \t]+)"
KNOWN_OF = re.compile(r"^(.+?)\s+of\s+(?:the\s+)?\S")
FUNDED_CONTEXT = re.compile(r"\s*,\s*(?:a|an|the|one)\s+(?:[\w-]+\s+){0,3}?(?:project|programme|production|scheme|initiative)s?\b")
SESSION_PREFIX = re.compile(
    r"^(?:\d+(?:st|nd|rd|th)|(?:19|20)\d\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth|[a-z]+teenth|twentieth|thirtieth)\s+(?!Plenary|Session|Meeting\b)", re.IGNORECASE)
HEADLINE_VERB = re.compile(r"\s(?:Meets?|Met|Visits?|Visited|Receives?|Calls on|Attends?|Says|Tours?)\s")
PARTIES = ("Organization", "Post", "Person", "Event", "Mechanism")
PARTY_LINK = re.compile(r"[ \t]+(?:between|among)[ \t]+(?:the[ \t]+)?")
QUALIFIER_END = re.compile(r"[ \t]*\([^()]*\)$")
"""What a name ends with in parentheses ("Deputy Commissioner of Police [(Operations)]")."""
PAREN_ACRONYM = re.compile(r"[ \t]*\([ \t]*[A-Z][A-Za-z0-9&]{1,11}[ \t]*\)[ \t]*")
SITED = re.compile(r"(?:Office|Offices|Consulate|Consulate[- ]General|Embassy|Unit|Centre|Center|HKSAR|Government)$")
CHAMBER_ABROAD = re.compile(r"\w[ \t]+Chamber[ \t]+of[ \t]+Commerce$")
"""A chamber of commerce named with the place it serves abroad: "the X Chamber of Commerce in Japan"."""
OFFICE_ABROAD = re.compile(r"\b(?:Office|Consulate(?:[- ]General)?|Embassy|Mission)$")
"""A body named by its head and the city it is in: "X Economic and Trade Office in Y"."""
SITED_BODY = re.compile(r"\b(?:Office|Consulate(?:[- ]General)?|Embassy|Mission|Commission)[ \t]+of[ \t]")
"""A body of a state or government named with its owner: "Consulate General of X [in Y]"."""
BODY_CONTEXT = re.compile(r"\b(?:visit|visits|visited|visiting|tour|tours|toured|touring|called[ \t]+(?:on|at)|calls[ \t]+(?:on|at)|"
                          r"(?:hosted|organised|organized|arranged)[ \t]+by)[ \t]+(?:the[ \t]+)?$")
"""Where only a body or a site can stand: the object of a visit, a tour, a call or a host."""
MEMBERS_OF = re.compile(r"\b(?:representatives?|members?|officials?|delegates?|executives?|staff)[ \t]+"
                        r"(?:of|from)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’&-]*[ \t]+){0,5}?(?:and[ \t]+(?:the[ \t]+)?)?$")
"""Where a body stands: the people "of" or "from" it, and the other bodies listed with it."""
_BODY_WORDS = r"(?:[A-Z][\w'’&-]*[ \t]+(?:(?:of|for)[ \t]+(?:the[ \t]+)?)?){0,6}[A-Z][\w'’&-]*"
BODY_BEFORE_AND = re.compile(rf"(?<![\w'’&-])({_BODY_WORDS})[ \t]+and[ \t]+(?:the[ \t]+)?$")
BODY_AFTER_AND = re.compile(rf"[ \t]+and[ \t]+(?:the[ \t]+)?({_BODY_WORDS})")
"""A name listed with another by "and (the)": "the X Foundation and the [Y]", "[Y] and the Z Society"."""
MONTH = re.compile(_MONTHS)
MONTH_LINK = re.compile(rf"{_MONTHS}[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?")
"""A month that opens a chunk before "of"/"for": a date, then a name ("on 10 April [of the X Forum]", "on 9 to 10 April
[for the Y Conference]")."""
# a time printed right after a place: "signed X in Nanning [yesterday]", "the Y Conference in Wuzhen [today]" (the
# place says where, not part of the name)
WHEN_AFTER = re.compile(r"[ \t]*(?:today|yesterday|tomorrow|this|last|next|on[ \t]+[A-Z]|\()")
IN_LINK = re.compile(r"[ \t]+in[ \t]+(?:the[ \t]+)?")
# Posts abroad too: "Consul General of the People's Republic of China in Melbourne"
SITED_POST = re.compile(r"(?:Acting\s+|Deputy\s+)*(?:Consul(?:[- ]General)?|Ambassador|Representative|"
                        r"Commissioner(?=\s+of\s+the\s+Ministry\s+of\s+Foreign\s+Affairs))\b")
"""Titles of posts abroad, sited "in" a place: "Consul General of X in Melbourne", "Commissioner of the Ministry of
Foreign Affairs of X in the Y Special Administrative Region" (a foreign ministry's commissioner is posted somewhere)."""
IN_PLACE = re.compile(rf"[ \t]+in[ \t]+(?:the[ \t]+)?{_WORD}(?:[ \t]+{_WORD})*")
CHUNK = re.compile(rf"{_WORD}(?:{_LINK}{_WORD})*")
PATRONYMIC_WORDS = ("bin", "binti", "bint", "ibn")
"""The words that join a given name to a father's ("Sultan bin Saeed"): the word before one is a name."""
PATRONYMIC_TAIL = re.compile(rf"(?:[ \t]+(?:{'|'.join(PATRONYMIC_WORDS)}|Bin|Ibn)"
                             r"(?:[ \t]+(?:Al-)?[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*){1,4})+")
"""The rest of a patronymic name after the part the NER read: "Al-Waleed bin Talal[ bin Abdul Aziz Al-Saud]"."""
PORTFOLIO_END = re.compile(r"\s(?:for|of)\s[^,.;:()\n]{1,60}?\s(?:and|&)[ \t]+$")
"""A title's portfolio whose last item is to follow: "Secretary for Administration & [Justice]"."""
QUOTED = re.compile(r"[\"“]([A-Z0-9][^\"“”\n]{1,180}?)[\"”]")
TITLE_CASED = re.compile(r"(?:(?:[A-Z0-9][\w'’&-]*,?|a|an|the|of|in|on|for|to|and|at|with|by|from|cum|[·&–—/:-])(?:\s+|$))+")
"""Words a title prints: capitalised, numbers, the small words between them and its marks ("·", "–")."""
TRAILING_LINK = re.compile(r"(?:\s+(?:of|for|and|on|the|de|del|da|du|des|la|le|&)|\s*/|-)+$")
QUOTED_TAIL = re.compile(r"[ \t]+((?:[A-Z][\w'-]*)(?:[ \t]+[A-Z][\w'-]*){0,3})")
QUOTED_HEAD = re.compile(r"\b((?:Seminar|Forum|Conference|Symposium|Exhibition|Workshop|Dialogue|Summit)[ \t]+(?:on|of))[ \t]+$")
SHORT_NAME = re.compile(r"[ \t]*\([ \t]*(?:the[ \t]+)?([A-Z][^()\n]{0,40}?)[ \t]*\)")
"""A short name defined in parentheses after a name: "(PPRD Forum)", "(the Forum)"."""
QUOTED_LEAD = re.compile(r"\b([a-z]+)(?:[ \t]+(?:on|titled|entitled|named|called|themed)|,[ \t]+(?:titled|entitled|named|called|themed))[ \t]+$")
"""A common noun, then the quoted title it is named by: a seminar on "...", a session titled "...", the two
seminars, entitled "..." and "..."."""
QUOTED_NOUN = re.compile(r"\b([a-z]+)[ \t]+$")
"""A common noun right before a quoted title it is named by: the promotion "Think Asia, Think X"."""
QUOTED_AND = re.compile(r"[ \t]*(?:,|,?[ \t]+and|,?[ \t]+as[ \t]+well[ \t]+as)[ \t]+")
"""Between two quoted titles of one list: '"A" and "B"', '"A", "B"'."""
QUOTED_AFTER_NAME = re.compile(r"\b([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){1,5})[ \t]+$")
"""The capitalised name right before a quoted title: Riverton Film Series "Ten Years On"."""
_PLACE_NAME = r"((?:The[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+(?:(?:de|del|da|do|dos|das|la)[ \t]+)?[A-Z][\w'’-]*){0,2})"
# (a particle between its words: "Vina del Mar", "Rio de Janeiro")
LOCAL_TIME = re.compile(rf"\([ \t]*(?:[A-Z][a-z]+[ \t]+\d{{1,2}}(?:,[ \t]*\d{{4}})?|\d{{1,2}}[ \t]+[A-Z][a-z]+),[ \t]*"
                        rf"{_PLACE_NAME}[ \t]+time[ \t]*\)")
"""A local time names the place: "(May 3, Izmir time)"."""
LOCATIVE = re.compile(rf"\b(?:in|at|to|from|toured|visited|visiting)[ \t]+{_PLACE_NAME},[ \t]+")
"""A place named before a known place it lies in: "in Davos, Switzerland"."""
LOCATIVE_BEFORE = re.compile(r"\b(?:toured|touring|tours?[ \t]+of|visited|visiting|visits?[ \t]+to|trip[ \t]+to|"
                             r"(?:travel\w*|went|go|goes|head\w*|return\w*|fl(?:y|ew|ies|ying|own))[ \t]+to|"
                             r"depart\w*[ \t]+for|(?:arriv\w*|located|based|held|land\w*)[ \t]+in|in)"
                             r"[ \t]+(?:the[ \t]+)?$")
"""Where only a place can stand before a name: "toured X", "a visit to X", "arrived in X", "in X"."""
TRAVEL_TO = re.compile(rf"\b(?:(?:travel\w*|fl(?:y|ew|ies|ying|own)|head\w*)[ \t]+to|depart\w*[ \t]+for|"
                       rf"(?:arriv\w*|land\w*)[ \t]+in)[ \t]+{_PLACE_NAME}(?=[ \t]*[,.;]|[ \t]+(?:on|in|for|after|before|"
                       rf"yesterday|today|tomorrow|this|next|later|early|and|to|from|via)\b)")
"""A destination the NER may miss: "will travel to Kota Kinabalu on Monday", "arrived in Johor Bahru yesterday"."""
CITY_PAIR = re.compile(r"\b(?:visit(?:s|ed|ing)?|tour(?:s|ed|ing)?|stops?[ \t]+in|travel(?:s|led|ling)?[ \t]+to)[ \t]+"
                       r"([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)[ \t]+and[ \t]+([A-Z][\w'’-]+)(?=[ \t]*[,.;]|[ \t]+[a-z])")
"""Two places after a verb of travel, the second one word: "will also visit Bern and Cannes"."""
HYPHENATED_NAME = re.compile(r"[A-Z][a-z]+[ \t]+[A-Z][a-z]+-[a-z]+")
"""A surname and a hyphenated given name, its second syllable in lower case: "Lau Kong-wah" (no place is so
written: "Hong Kong-Zhuhai" joins two names)."""
_LIST_ITEM = r"[A-Z][\w'’-]+(?:[ \t]+(?:de[ \t]+)?[A-Z][\w'’-]+){0,2}"
PLACE_LIST = re.compile(rf"(?<![\w'’-]){_LIST_ITEM}(?:,[ \t]+{_LIST_ITEM}){{1,8}},?[ \t]+and[ \t]+{_LIST_ITEM}"
                        r"(?![\w'’-]|[ \t]+[A-Z])")
"""A list of three names or more, commas between, "and" before the last: "Sao Paulo, Brasilia, Manaus and Rio de
Janeiro"."""
REGION = re.compile(r"(?<=\b[Tt]he[ \t])((?:[A-Z][\w'’-]*[ \t]+){0,2}[A-Z][\w'’-]*)[ \t]+(?:region|area)\b")
"""A region named by its proper name and a common noun: "the Caucasus region", "the Kansai area"."""
PLACE_APPOSITION = re.compile(rf"(?<![\w-]){_PLACE_NAME},[ \t]+(?:the|a)[ \t]+(?:[a-z-]+[ \t]+){{0,2}}"
                              rf"(?:city|capital|town|port|province|state|region)[ \t]+(?:of|in)[ \t]+")
"""A place described as one: "Gdansk, the port city of Poland", "Bandung, the capital of West Java"."""
LEADING_THE = re.compile(r"^(?:the|The)\s+")
NER_LABELS = {"PERSON": "Person", "GPE": "Place", "LOC": "Place", "ORG": "Organization", "EVENT": "Event",
              "LAW": "Agreement"}
NAME_PARTICLES = ("bin", "Bin", "binti", "al", "Al", "van", "von", "de", "da", "do", "la", "del", "der", "dos", "das", "du", "le")
"""Lower-case words inside people's names: "Luz María de la Mora", "Ahmad bin Hassan"."""
OPENERS = frozenset(
    "the a an in on at during following after before as with by from for to of and also meanwhile "
    "afterwards later today tomorrow yesterday speaking accompanied led leading he she they it this "
    "these those both all his her their its i we our mr mrs ms dr when while upon since under among "
    "through between about over however besides then there here said noting adding welcome "
    "welcoming attending addressing members officials representatives staff colleagues delegates "
    "leaders guests relevant other others".split()
)
GENERIC = frozenset(
    "government mainland city region country province district state the government central government "
    "national government chief executive's office office conference meeting plenary forum expo summit "
    "ceremony delegation council committee bureau department secretary director".split(" ")
)


def _with_acronym(left: str, acronym: str) -> str | None:
    """Replace the words an acronym stands for: ("2017 Pan-Pearl River Delta", "PPRD") -> "2017 PPRD".

    None when the initials of the last words do not spell the acronym ("Dollar-Renminbi", "RMB").
    """
    words = left.split()
    for i in range(len(words) - 1, -1, -1):
        initials = "".join(part[:1] for w in words[i:] for part in w.split("-") if part[:1].isupper())
        if initials.upper() == acronym.upper():
            return " ".join(words[:i] + [acronym])
        if len(initials) > len(acronym):
            return None
    return None


def _currency(text: str, end: int) -> bool:
    """ "US$", "HK$", "S$": a place's name before a currency sign is the currency's."""
    return text[end:end + 1] == "$"


def _name_boundary(text: str, start: int) -> bool:
    """A name may start after a hyphen only when a capitalised word precedes it ("Hong Kong-Sichuan"),
    not after a lower-case prefix ("non-Mainland")."""
    if start == 0 or text[start - 1] != "-":
        return True
    before = re.search(r"([\w'’]+)-$", text[max(0, start - 40):start])
    return bool(before) and before[1][:1].isupper()


def trie_pattern(words: Iterable[str]) -> str:
    """One regular expression for many names, sharing their prefixes, preferring the longest.

    Python's ``re`` tries the alternatives of ``a|b|c`` one by one; a few thousand lexicon names
    as one alternation is slow, as a trie it is not.

    Examples
    --------
    >>> p = re.compile(trie_pattern(["Hong Kong", "Hong Kong Island", "Hunan"]))
    >>> [m[0] for m in p.finditer("Hong Kong Island and Hunan")]
    ['Hong Kong Island', 'Hunan']
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alternatives = [(r"\s+" if ch == " " else "['’]" if ch == "'" else re.escape(ch)) + build(child)
                        for ch, child in sorted(node.items()) if ch]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def _span_len(text: str, words: list[str]) -> int:
    pos = 0
    for i, w in enumerate(words):
        idx = text.index(w, pos)
        pos = idx + len(w)
    return pos
