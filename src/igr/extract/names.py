"""Name grammar: what kind of thing a capitalised name is, from its head and prefix words.

"Vice Mayor of Shanghai" is a Post because it starts with a post title; "Hong
Kong/Shanghai Co-operation Conference" is a Mechanism because it ends with a
mechanism head; "Sixth Plenary Session of ..." is an Event because it starts with an
ordinal and a session word. The word lists come from the lexicon.

Examples
--------
>>> from igr.extract.lexicon import load_lexicon
>>> grammar = NameGrammar(load_lexicon())
>>> grammar.classify("Vice Mayor of Shanghai")
'Post'
>>> grammar.classify("Hong Kong/Shanghai Co-operation Conference")
'Mechanism'
>>> grammar.classify("Sixth Plenary Session of the Hong Kong/Shanghai Co-operation Conference")
'Event'
"""

from __future__ import annotations

import re
from functools import cached_property

from igr.extract.lexicon import Lexicon, key

ORDINAL = re.compile(
    r"^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
    r"twentieth|thirtieth|(?:twenty|thirty)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))$",
    re.IGNORECASE,
)
SESSION_WORDS = ("plenary", "plenary session", "plenary meeting", "meeting", "session", "conference",
                 "national congress", "congress", "general assembly", "annual meeting",
                 "joint conference", "high level meeting", "high-level meeting", "forum", "summit", "expo")
GOVERNMENT_OF = re.compile(
    r"^(.+?) of the (.+?) (?:Municipal |Provincial |Autonomous Region |Special Administrative Region )?"
    r"(?:People's )?Government$")
YEAR = re.compile(r"^(19|20)\d\d$")

# Order matters: the first family whose grammar fits wins.
_SUFFIX_ORDER = ("Mechanism", "Agreement", "Event", "Initiative", "Organization", "Place")


class NameGrammar:
    """Classify a name by its shape, using the lexicon's head words."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._classified: dict[str, str | None] = {}

    @cached_property
    def _heads(self) -> dict[str, tuple[str, ...]]:
        # Longest heads first so that "Joint Conference" beats "Conference".
        return {label: tuple(sorted({key(h) for h in heads}, key=len, reverse=True))
                for label, heads in self.lexicon.heads.items()}

    @cached_property
    def _post_prefix(self) -> re.Pattern:
        modifiers = sorted({re.escape(key(m)) for m in self.lexicon.post_modifiers}, key=len, reverse=True)
        heads = sorted({re.escape(key(h)) for h in self.lexicon.heads.get("Post", ())}, key=len, reverse=True)
        mod = f"(?:(?:{'|'.join(modifiers)})[ -])*" if modifiers else ""
        return re.compile(rf"^(?:{mod})(?:{'|'.join(heads)})(?=$| of | for | to |, )" if heads else r"^\b$")

    def post_title(self, name: str) -> bool:
        """True when ``name`` reads as a post title (modifiers, a title word, "of/for ...")."""
        k = key(name)
        return bool(self._post_prefix.match(k)) or self.lexicon.known_label(name) == "Post" \
            or self.place_title(name) is not None

    def place_title(self, name: str) -> tuple[str, str] | None:
        """ "Guangdong Governor", "Fujian Vice-Governor": a place, then a bare title.

        Returns the title and the place's name, or None.
        """
        words = name.split()
        for n in range(1, min(4, len(words))):
            place, title = " ".join(words[:n]), " ".join(words[n:])
            if self.lexicon.known_label(place) == "Place" and self._post_prefix.match(key(title)) \
                    and self.post_head_length(title) >= len(key(title)) - 1:
                return title, self.lexicon.canonical("Place", place)
        return None

    def post_name(self, name: str) -> str:
        """The standard form of a post as printed: "Guangdong Governor" -> "Governor of Guangdong Province"."""
        known = self.lexicon.lookup(name)
        if known is not None and known.label == "Post":
            return known.name
        split = self.place_title(name)
        if split is None:
            # "Mayor of the Shenzhen Municipal Government" is the Mayor of Shenzhen
            m = GOVERNMENT_OF.match(name)
            if m and self.lexicon.known_label(m[2]) == "Place":
                place = self.lexicon.canonical("Place", m[2])
                for form in (f"{m[1]} of {place} Province", f"{m[1]} of {place}"):
                    entry = self.lexicon.lookup(form)
                    if entry is not None and entry.label == "Post":
                        return entry.name
                return f"{m[1]} of {place}"
            return name
        title, place = split
        for form in (f"{title} of {place} Province", f"{title} of {place}"):
            entry = self.lexicon.lookup(form)
            if entry is not None and entry.label == "Post":
                return entry.name
        return f"{title} of {place}"

    def title_start(self, name: str) -> int | None:
        """Where the title (modifiers, a post head, its "of/for/to" complement) in ``name`` starts.

        A title may follow the words that say whose it is: a place, a body, a portfolio or
        a nationality ("Public Security Minister", "Shenzhen Municipal Government Vice Mayor",
        "British Prime Minister"). A head right after "of"/"for" is the complement's noun, not
        a title ("Department of Justice").

        Examples
        --------
        >>> from igr.extract.lexicon import load_lexicon
        >>> g = NameGrammar(load_lexicon())
        >>> g.title_start("Public Security Minister"), g.title_start("Department of Justice")
        (16, None)
        """
        words = list(re.finditer(r"\S+", name))
        for i, word in enumerate(words):
            tail = name[word.start():]
            if self._post_prefix.match(key(tail)):
                before = words[i - 1][0].lower() if i else ""
                return None if before in self._connectors else word.start()
        return None

    @cached_property
    def _connectors(self) -> frozenset[str]:
        return frozenset(c.split()[0].lower() for c in self.lexicon.post_connectors) | {"and", "&", "the"}

    def post_head_length(self, name: str) -> int:
        """Length in characters of the post title at the start of ``name`` (0 if none)."""
        match = self._post_prefix.match(key(name))
        return match.end() if match else 0

    @cached_property
    def _head_sets(self) -> dict[str, frozenset[str]]:
        return {label: frozenset(heads) for label, heads in self._heads.items()}

    @cached_property
    def all_heads(self) -> frozenset[str]:
        """Every head word or phrase of every class, as lookup keys."""
        return frozenset(h for heads in self._heads.values() for h in heads)

    def ends_with(self, label: str, name: str) -> bool:
        """Whether ``name`` ends with a head of ``label`` ("... Co-operation Conference")."""
        k = key(name)
        heads = self._head_sets.get(label, frozenset())
        if k in heads:
            return True
        # the last words, after a space or a slash: heads are at most a few words long
        cuts = [i + 1 for i, ch in enumerate(k) if ch in " /"]
        return any(k[i:] in heads for i in cuts)

    def starts_with(self, label: str, name: str) -> bool:
        k = key(name)
        return any(k == h or k.startswith(h + " ") for h in self._heads.get(label, ()))

    def session(self, name: str) -> bool:
        """A numbered or dated session: "Sixth Plenary Session of ...", "20th Plenary", "2024 Meeting"."""
        words = name.split()
        if not words:
            return False
        first = words[0]
        if not (ORDINAL.match(first) or YEAR.match(first)):
            return False
        rest = key(" ".join(words[1:]))
        return any(rest == w or rest.startswith(w + " ") for w in SESSION_WORDS) or self.ends_with("Event", name) \
            or self.ends_with("Mechanism", name)

    def classify(self, name: str) -> str | None:
        """The scored class the shape of ``name`` implies, or None.

        Known names win; then post titles, numbered sessions, agreements named by their
        first words ("Memorandum of Understanding on ..."), then head nouns at the end.
        """
        if name not in self._classified:
            self._classified[name] = self._classify(name)
        return self._classified[name]

    def _classify(self, name: str) -> str | None:
        known = self.lexicon.known_label(name)
        if known:
            return known
        if self.session(name):
            return "Event"
        if self.post_title(name):
            return "Post"
        if self.starts_with("Agreement", name):
            return "Agreement"
        for label in _SUFFIX_ORDER:
            if self.ends_with(label, name):
                return label
        k = key(name)
        if any(k.startswith(h + " of ") or f" {h} of " in k for h in self._heads.get("Organization", ())):
            return "Organization"  # "Chamber of Commerce and Industry", "Federation of Hong Kong Industries"
        words = name.split()
        if len(words) > 1 and YEAR.match(words[-1]):  # "Expo Central China 2015", "... Summit 2024"
            inner = self.classify(" ".join(words[:-1]))
            if inner in ("Event", "Mechanism"):
                return "Event"
            if self.starts_with("Event", " ".join(words[:-1])):
                return "Event"
        return None
