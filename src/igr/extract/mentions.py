"""Mention detection: lexicon names, name shapes, honorific names and the statistical NER.

Policy for overlaps (see ``docs/extraction.md``): a longer name that the grammar
classifies wins over the shorter names inside it, which are kept as *nested*
mentions when they are entities themselves (the Place in "Mayor of Shanghai");
lexicon names beat NER labels (NER calls "CS" a person and "Mainland" a nationality);
NER fills what neither the lexicon nor the grammar found.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc

from igr.extract.lexicon import Lexicon, key
from igr.extract.names import ORDINAL, NameGrammar
from igr.extract.records import Mention

_WORD = r"(?:[A-Z](?:[\w'’&]|\.(?=\w))*(?:-[\w'’]+)*|\d+(?:st|nd|rd|th)\b|(?:19|20)\d\d\b)"
# Links between the words of one name stay on one line; "and the" starts a new name.
_LINK = r"(?:[ \t]+(?:of(?:[ \t]+the)?|for(?:[ \t]+the)?|on|and(?:[ \t]+the)?|cum|the|de|du|des|la|le|&(?:[ \t]+the)?)[ \t]+|[ \t]*/[ \t]*|-|[ \t]+)"
CHUNK_WORD = re.compile(_WORD)
KNOWN_OF = re.compile(r"^(.+?)\s+of\s+(?:the\s+)?\S")
FUNDED_CONTEXT = re.compile(r"\s*,\s*(?:a|an|the|one)\s+(?:[\w-]+\s+){0,3}?(?:project|programme|production|scheme|initiative)s?\b")
SESSION_PREFIX = re.compile(
    r"^(?:\d+(?:st|nd|rd|th)|(?:19|20)\d\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth|[a-z]+teenth|twentieth|thirtieth)\s+(?!Plenary|Session|Meeting\b)", re.IGNORECASE)
HEADLINE_VERB = re.compile(r"\s(?:Meets?|Met|Visits?|Visited|Receives?|Calls on|Attends?|Says|Tours?)\s")
PARTIES = ("Organization", "Post", "Person", "Event", "Mechanism")
AGREEMENT_LINK = re.compile(r"[ \t]+(?:in|between|for|with|of|on|and|among)[ \t]+(?:the[ \t]+)?")
PAREN_ACRONYM = re.compile(r"[ \t]*\([ \t]*[A-Z][A-Za-z&]{1,11}[ \t]*\)[ \t]*")
# Offices abroad are named with where they are: "Economic and Trade Office in Shanghai".
SITED = re.compile(r"(?:Office|Offices|Consulate|Consulate[- ]General|Embassy|Unit|Centre|Center|HKSAR|Government)$")
IN_PLACE = re.compile(rf"[ \t]+in[ \t]+(?:the[ \t]+)?{_WORD}(?:[ \t]+{_WORD})*")
CHUNK = re.compile(rf"{_WORD}(?:{_LINK}{_WORD})*")
ACRONYM_AFTER = re.compile(r"^\s*\(\s*(?:the\s+)?(\"?)([A-Z][A-Za-z&\-]{1,11}|[A-Z][A-Za-z]*(?:\s[A-Z][A-Za-z]*){0,2})\1\s*\)")
QUOTED = re.compile(r"[\"“]([A-Z0-9][^\"“”\n]{1,80}?)[\"”]")
TRAILING_LINK = re.compile(r"(?:\s+(?:of|for|and|on|the|de|du|des|la|le|&)|\s*/|-)+$")
QUOTED_TAIL = re.compile(r"[ \t]+((?:[A-Z][\w'-]*)(?:[ \t]+[A-Z][\w'-]*){0,3})")
QUOTED_HEAD = re.compile(r"\b((?:Seminar|Forum|Conference|Symposium|Exhibition|Workshop|Dialogue|Summit)[ \t]+(?:on|of))[ \t]+$")
LEADING_THE = re.compile(r"^(?:the|The)\s+")

NER_LABELS = {"PERSON": "Person", "GPE": "Place", "LOC": "Place", "ORG": "Organization", "EVENT": "Event",
              "LAW": "Agreement"}
# Words that open a sentence or clause and are never part of a name.
OPENERS = frozenset(
    "the a an in on at during following after before as with by from for to of and also meanwhile "
    "afterwards later today tomorrow yesterday speaking accompanied led leading he she they it this "
    "these those both all his her their its i we our mr mrs ms dr when while upon since under among "
    "through between about over however besides then there here said noting adding welcome "
    "welcoming attending addressing members officials representatives staff colleagues delegates "
    "leaders guests relevant".split()
)
# Generic phrases that look like names but are not entities.
GENERIC = frozenset(
    "government mainland city region country province district state the government central government "
    "national government chief executive's office office conference meeting plenary forum expo summit "
    "ceremony delegation council committee bureau department secretary director".split(" ")
)


class MentionFinder:
    """Find entity mentions in a parsed document.

    Examples
    --------
    >>> import spacy
    >>> from igr.extract.lexicon import load_lexicon
    >>> nlp = spacy.blank("en")
    >>> finder = MentionFinder(load_lexicon())
    >>> doc = nlp("The Vice Mayor of Shanghai, Mr Chen Jie, met Mr Chan.")
    >>> [(m.text, m.label, m.nested) for m in finder.find(doc)]
    [('Vice Mayor of Shanghai', 'Post', False), ('Shanghai', 'Place', True), ('Mr Chen Jie', 'Person', False), ('Mr Chan', 'Person', False)]
    """

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.grammar = NameGrammar(lexicon)
        hon = sorted((re.escape(h.rstrip(".")) for h in lexicon.honorifics or ("Mr", "Mrs", "Ms", "Dr")),
                     key=len, reverse=True)
        self.honorific = re.compile(
            rf"\b(?:{'|'.join(hon)})\.?\s+((?:[A-Z][\w'’]*(?:-[\w'’]+)*)(?:\s+(?:bin|Bin|al|Al|van|von|de|da)?\s*[A-Z][\w'’]*(?:-[\w'’]+)*){{0,4}})"
        )
        self.honorific_word = re.compile(rf"^(?:{'|'.join(hon)})\.?$")
        self._known_names = self._known_pattern()
        self._known_places = self._known_pattern(only="Place")

    def _known_pattern(self, only: str | None = None) -> re.Pattern:
        # Ambiguous entries ("Central") are common words: they are found by context, not by name.
        forms = sorted({name for name, entry in self.lexicon.surface_forms() if len(name) > 1 and not entry.ambiguous
                        and (only is None or entry.label == only)}, key=len, reverse=True)
        # not inside a word, nor after a lower-case hyphenated prefix; "Hong Kong-Sichuan" has both places
        return re.compile(rf"(?<![\w])(?:{trie_pattern(forms)})(?![\w]|-[a-z])")

    # ------------------------------------------------------------------ main
    def find(self, doc: Doc) -> list[Mention]:
        """All mentions of ``doc`` in text order, top-level ones before those nested inside them."""
        text = doc.text  # Doc.text joins every token on each access: read it once
        self._text = text
        # doc.ents rebuilds its tuple on every access: read it once per document
        self._people_spans = [(e.start_char, e.end_char, e.text) for e in doc.ents if e.label_ == "PERSON"]
        candidates: list[Mention] = []
        candidates += self._people(text)
        candidates += self._shapes(doc)
        candidates += self._known(text)
        candidates += self._quoted(text)
        candidates += self._ner(doc)
        candidates += self._sessions(text, candidates)
        return [_without_acting(m) for m in self._resolve_overlaps(candidates, text)]

    def _sessions(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """Sessions printed in lower case before their series: "the third meeting of the Hong
        Kong/Guangzhou Co-operation Working Group", "the 3rd session of the Conference on ..."."""
        out = []
        for m in candidates:
            if m.label != "Mechanism" and not (m.label in ("Event", "Organization") and "Conference" in m.text):
                continue
            before = LOWER_SESSION.search(text, max(0, m.start - 60), m.start)
            if before and before.end() == m.start:
                start = before.start(1)
                name = text[start:m.end]
                out.append(Mention(start, m.end, name, "Event", name, "shape"))
        return out

    # ---------------------------------------------------------- candidates
    def _people(self, text: str) -> list[Mention]:
        out = []
        for m in self.honorific.finditer(text):
            words = m[1].split()
            if words and re.search(r"['’]s$", words[-1]):  # "Mr Meng's visit"
                words[-1] = words[-1][:-2]
            # Stop a name at a word that opens a new name or clause ("Mr Lee In ...").
            kept = []
            for w in words:
                if w.lower() in OPENERS or self.lexicon.known_label(w) or self.honorific_word.match(w):
                    break
                kept.append(w)
            if not kept:
                continue
            name = " ".join(kept)
            end = m.start(1) + len(" ".join(words[: len(kept)]))
            # keep original spacing
            end = m.start(1) + _span_len(text[m.start(1):], kept)
            out.append(Mention(m.start(), end, text[m.start():end], "Person", name, "honorific"))
        return out

    def _shapes(self, doc: Doc) -> list[Mention]:
        text = self._text
        out = []
        for start, end in self._chunks(text):
            if SITED.search(text[start:end]) and (site := IN_PLACE.match(text, end)):
                end = site.end()
            start, end = self._trim(doc, start, end)
            if end <= start:
                continue
            for s, e in self._split_honorifics(text, start, end):
                for a, b in self._split_and_the(text, s, e):
                    for c, d, person in self._split_people(doc, a, b):
                        if person:
                            out.append(Mention(c, d, text[c:d], "Person", text[c:d], "title-name"))
                        else:
                            found = self._shape_mentions(doc, c, d)
                            out.extend(found)
                            if found:
                                out.extend(self._complements(doc, c, d))
        return out

    def _complements(self, doc: Doc, start: int, end: int) -> list[Mention]:
        """Names inside a name after "of (the)" / "in": "Deputy Director of the [Hong Kong and Macao
        Affairs Office of the [State Council]]", "Liaison Unit of the [HKSAR Government]"."""
        text = self._text
        out = []
        for m in re.finditer(r"\s(?:of|in)\s+(?:the\s+)?", text[start:end]):
            tail_start = start + m.end()
            tail = text[tail_start:end]
            label = self.grammar.classify(tail)
            if label in ("Organization", "Mechanism", "Place", "Event") and tail_start > start:
                out.append(Mention(tail_start, end, tail, label, self.lexicon.canonical(label, tail), "shape"))
        return out

    def _chunks(self, text: str) -> Iterable[tuple[int, int]]:
        """Capitalised chunks, joined across an acronym in parentheses when the whole is one name:
        "Pan-Pearl River Delta (PPRD) Regional Cooperation Chief Executive Joint Conference"."""
        spans = [(m.start(), m.end()) for m in CHUNK.finditer(text)]
        i = 0
        while i < len(spans):
            start, end = spans[i]
            # the acronym is a chunk of its own: name, (ACR), rest of the name
            while i + 2 < len(spans) and PAREN_ACRONYM.fullmatch(text[end:spans[i + 2][0]]):
                joined = text[start:end] + " " + text[spans[i + 2][0]:spans[i + 2][1]]
                if self.grammar.classify(joined) is None:
                    break
                end = spans[i + 2][1]
                i += 2
            # agreements are named with their whole subject: "Memorandum of Understanding on Co-operation
            # in Tourism and Mega Events between Hong Kong and Macao"
            if self.grammar.classify(text[start:end]) == "Agreement":
                while i + 1 < len(spans) and AGREEMENT_LINK.fullmatch(text[end:spans[i + 1][0]]) \
                        and self.grammar.classify(text[spans[i + 1][0]:spans[i + 1][1]]) not in PARTIES:
                    end = spans[i + 1][1]  # not "... between the Abu Dhabi Chamber of Commerce": that is a party
                    i += 1
            yield start, end
            i += 1

    def _shape_mentions(self, doc: Doc, start: int, end: int) -> list[Mention]:
        text = self._text
        chunk = text[start:end]
        if self._generic_name(chunk):
            return []  # "Government", "Framework Agreement": a head alone names nothing
        label = self.grammar.classify(chunk)
        if label is None:
            # Try the longest prefix that the grammar classifies ("Governor Ma Xingrui" -> no).
            return []
        if label == "Post":
            return self._post_and_holder(doc, start, end)
        if label == "Organization" and (known := KNOWN_OF.match(chunk)) and \
                self.lexicon.known_label(known[1]) == "Organization" and not self.lexicon.known_label(chunk) \
                and not self.grammar.ends_with("Organization", known[1]):
            # "Invest Hong Kong of the HKSAR Government": a known body, then whose it is
            return [Mention(start, start + len(known[1]), known[1], label, self.lexicon.canonical(label, known[1]), "shape")]
        paren = PAREN_ACRONYM.search(chunk)
        if paren:  # name without the acronym; the acronym's form of it as an alias
            plain = chunk[:paren.start()] + " " + chunk[paren.end():]
            acronym = paren[0].strip(" \t()")
            aliases = (chunk, _with_acronym(chunk[:paren.start()], acronym) + " " + chunk[paren.end():])
            return [Mention(start, end, chunk, label, self.lexicon.canonical(label, plain), "shape", aliases=aliases)]
        found = [Mention(start, end, chunk, label, self.lexicon.canonical(label, chunk), "shape")]
        series = SESSION_PREFIX.match(chunk)
        if label == "Event" and series and self.grammar.classify(chunk[series.end():]) == "Mechanism":
            # "11th Hong Kong Macao Co-operation High Level Meeting" is a session of its series
            rest = chunk[series.end():]
            found.append(Mention(start + series.end(), end, rest, "Mechanism",
                                 self.lexicon.canonical("Mechanism", rest), "shape"))
        return found

    def _generic_name(self, name: str) -> bool:
        if self.lexicon.known_label(name):
            return False
        k = key(name)
        return k in GENERIC or any(k == key(h) for heads in self.lexicon.heads.values() for h in heads)

    def _post_and_holder(self, doc: Doc, start: int, end: int) -> list[Mention]:
        """A post title, and a name printed right after it ("Governor Ma Xingrui")."""
        text = self._text
        chunk = text[start:end]
        head = self.grammar.post_head_length(chunk)
        rest = chunk[head:].strip() if head else ""
        if head and rest and not re.match(r"^(?:of|for|to)\b", rest) and rest[:1].isupper():
            name_start = start + chunk.index(rest, head)
            if self._person_like(doc, name_start, end):
                title = chunk[:head].strip()
                return [Mention(start, name_start - 1, title, "Post", self.grammar.post_name(title), "shape"),
                        Mention(name_start, end, rest, "Person", rest, "title-name")]
        split = self._known_title_then_name(chunk)
        if split:  # "Secretary for Home Affairs Lau Kong-wah": a known title, then its holder
            cut = start + split
            title = text[start:cut].strip()
            return [Mention(start, start + len(title), title, "Post", self.grammar.post_name(title), "shape"),
                    Mention(cut, end, text[cut:end], "Person", text[cut:end], "title-name")]
        return [Mention(start, end, chunk, "Post", self.grammar.post_name(chunk), "shape")]

    def _known_title_then_name(self, chunk: str) -> int | None:
        """Where a name starts after the longest known title at the start of ``chunk``, if it does."""
        words = list(re.finditer(r"\S+", chunk))
        for k in range(len(words) - 1, 0, -1):
            title = chunk[:words[k - 1].end()]
            tail = [w[0] for w in words[k:]]
            if self.lexicon.known_label(title) != "Post" or not 1 <= len(tail) <= 4:
                continue
            if all(w[:1].isupper() and w.lower() not in OPENERS and not self.lexicon.known_label(w) for w in tail) \
                    and not self.grammar.classify(" ".join(tail)) and not self.honorific_word.match(tail[0]):
                return words[k].start()
            return None
        return None

    def _person_like(self, doc: Doc, start: int, end: int) -> bool:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        if any(start <= s and e <= end for s, e, _ in self._people_spans):
            return True
        return 1 <= len(span) <= 4 and all(t.pos_ == "PROPN" for t in span) and not self.lexicon.known_label(span.text)

    def _known(self, text: str) -> list[Mention]:
        # places inside longer known names ("Hong Kong" in "Hong Kong Economic and Trade Office in Wuhan")
        out = [Mention(m.start(), m.end(), m[0], "Place", entry.name, "lexicon", kind=entry.kind)
               for m in self._known_places.finditer(text) if (entry := self.lexicon.lookup(m[0])) is not None
               and _name_boundary(text, m.start())]
        for m in self._known_names.finditer(text):
            if not _name_boundary(text, m.start()):
                continue
            hits = [m]
            # names inside a known name ("Fujian" in "Hong Kong/Fujian Co-operation Conference")
            for w in re.finditer(r"(?<=[\s/-])\S", text[m.start():m.end()]):
                inner = self._known_names.match(text, m.start() + w.start(), m.end())
                if inner:
                    hits.append(inner)
            outer = self.lexicon.lookup(m[0])
            for hit in hits:
                entry = self.lexicon.lookup(hit[0])
                if entry is not None and (hit is m or outer is None or entry.label != outer.label):
                    out.append(Mention(hit.start(), hit.end(), hit[0], entry.label, entry.name, "lexicon", kind=entry.kind))
        return out

    def _quoted(self, text: str) -> list[Mention]:
        out = []
        for m in QUOTED.finditer(text):
            inner = m[1].strip()
            # a quoted title inside a longer name: the "Taste of Hong Kong" Thematic Exhibition,
            # the Seminar on "Big Data ..."
            tail = QUOTED_TAIL.match(text, m.end())
            if tail and self.grammar.ends_with("Event", tail[1]):
                name = f"{inner} {tail[1]}"
                out.append(Mention(m.start(), tail.end(), text[m.start():tail.end()], "Event", name, "quoted"))
                continue
            head = QUOTED_HEAD.search(text, max(0, m.start() - 40), m.start())
            if head and head.end() == m.start():
                name = f"{head[1]} {inner}"
                out.append(Mention(head.start(1), m.end() - 1, text[head.start(1):m.end()], "Event", name, "quoted"))
                continue
            if len(inner.split()) > 8 or inner.endswith((".", ",")):
                continue
            after = text[m.end():m.end() + 40].lower()
            before = text[max(0, m.start() - 60):m.start()].lower()
            nxt = re.match(r"\s*([a-z-]+)", after)
            word = nxt[1] if nxt else ""
            if word in {"event", "events", "forum", "exhibition", "ceremony", "concert", "show", "gala",
                        "festival", "campaign", "roadshow", "carnival", "competition", "contest", "fair",
                        "conference", "seminar", "symposium", "tour", "series"}:
                label = "Event"
            elif FUNDED_CONTEXT.match(after) or "projects" in before or "funded" in before:
                label = "Initiative"  # ""Bay Area Smart Grid Resilience", a joint project of ..."
            elif re.search(r"\b(?:19|20)\d\d$", inner):
                label = "Event"  # a dated edition: "Savouring Hong Kong·Liaoning 2016"
            elif word in {"programme", "program", "scheme", "initiative", "project", "plan", "fund",
                          "strategy", "production", "drama", "film", "series"} or "funded" in after:
                label = "Initiative"
            elif before.rstrip().endswith(" the") or word in {"co-produced", "produced"}:
                label = "Initiative" if word in {"co-produced", "produced"} else "Event"
            else:
                continue
            out.append(Mention(m.start(1), m.start(1) + len(m[1].rstrip()), inner, label, inner, "quoted"))
        return out

    def _ner(self, doc: Doc) -> list[Mention]:
        out = []
        for ent in doc.ents:
            label = NER_LABELS.get(ent.label_)
            if label is None:
                continue
            start, end = ent.start_char, ent.end_char
            text = self._text[start:end]
            stripped = LEADING_THE.sub("", text)
            start += len(text) - len(stripped)
            text = re.sub(r"(?:'s|’s)$", "", stripped).rstrip(" /-,")
            end = start + len(text)
            if not text or not text[0].isupper() or key(text) in GENERIC:
                continue
            if label == "Person" and (len(text.split()) < 2 or text.isupper()):
                continue  # "Chan" alone is a short name, "CS" an acronym: resolution handles them
            verb = HEADLINE_VERB.search(text) if label == "Person" else None
            if verb:  # a title-case headline read as one name: "Li Hua Meet Chan Tai-man" is two people
                for part_start, part in ((start, text[:verb.start()].strip()), (start + verb.end(), text[verb.end():].strip())):
                    if len(part.split()) >= 2:
                        offset = text.find(part, part_start - start)
                        out.append(Mention(start + offset, start + offset + len(part), part, "Person", part, "ner"))
                continue
            if label == "Event" and not self.grammar.classify(text):
                continue
            if re.search(r"[/–-]", text) and label == "Place" and not self.lexicon.known_label(text):
                continue  # "Hong Kong-Fujian", "Hong Kong/Shenzhen": two places, not one
            if label in ("Organization", "Place") and " " not in text and not text.isupper() \
                    and not self.lexicon.known_label(text):
                continue  # "Education", "Financial": parts of titles, not names
            known = self.lexicon.known_label(text)
            shaped = self.grammar.classify(text)
            if label == "Organization" and not known and not shaped and not text.isupper():
                continue  # an ORG without an organisation's head word: "Belt and Road", "Eastern Corridor"
            if text.count("(") != text.count(")") or self._generic_name(text):
                continue
            halves = text.split(" and ", 1)
            if len(halves) == 2 and self.grammar.classify(halves[0]) and \
                    self.grammar.classify(halves[0]) == self.grammar.classify(halves[1]):
                continue  # "A Committee and B Committee": two names, found by the grammar
            label = known or shaped or label
            out.append(Mention(start, end, text, label, self.lexicon.canonical(label, text), "ner"))
        return out

    # ------------------------------------------------------------- helpers
    def _trim(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        text = self._text
        while start < end:
            m = re.match(r"[\w'’.&-]+", text[start:end])
            if not m:
                break
            word = m[0]
            if word.lower() in OPENERS and (word.lower() == "the" or not self.lexicon.known_label(text[start:end])):
                nxt = re.match(r"[\w'’.&-]+\s*(?:(?:of|for|and|the|on)\s+)*", text[start:end])
                start += nxt.end()
                continue
            break
        chunk = text[start:end]
        chunk = re.sub(r"[ \t]+(?:on|in|of)[ \t]+(?:January|February|March|April|May|June|July|August|September|"
                       r"October|November|December)$", "", chunk)  # "... of the CPC on October"
        trimmed = TRAILING_LINK.sub("", chunk)
        trimmed = re.sub(r"(?:'s|’s|\.)$", "", trimmed)
        return start, start + len(trimmed)

    def _split_people(self, doc: Doc, start: int, end: int) -> Iterable[tuple[int, int, bool]]:
        """Cut a chunk around the people NER finds inside it: "Secretary for Home Affairs Lau
        Kong-wah and Under Secretary ..." is a post, a person, and more."""
        people = [(s, e) for s, e, name in self._people_spans
                  if start < s and e <= end and len(name.split()) >= 2 and not self.lexicon.known_label(name)]
        pos = start
        text = self._text
        for s, e in people:
            if s <= pos:
                continue
            left = TRAILING_LINK.sub("", text[pos:s].rstrip())
            if not left or not self.grammar.post_title(left):
                continue  # only a post title directly before a name gives way to it
            yield pos, pos + len(left), False
            yield s, e, True
            gap = re.match(r"[ \t]*(?:and|&)?[ \t]*", text[e:end])
            pos = e + gap.end()
        if pos < end:
            yield pos, end, False

    def _split_and_the(self, text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
        """ "X and the Y" is one name only when the grammar says so ("Secretary for Financial
        Services and the Treasury"); otherwise two ("the Chamber and the Federation")."""
        chunk = text[start:end]
        if self.lexicon.known_label(chunk):
            yield start, end
            return
        pos = start
        for m in re.finditer(r"[ \t]+and[ \t]+(?:the[ \t]+)?", chunk):
            right = chunk[m.end():]
            left = text[pos:start + m.start()]
            label = self.grammar.classify(right)
            # "... Conference and Director of ...": a second title starts after "and";
            # "Strategic Development Committee and Economic Development Committee": two bodies
            if ("the" in m[0] and not self.grammar.post_title(chunk)) or self.grammar.post_title(right) \
                    or (label and label != "Post" and self.grammar.classify(left) == label
                        and self.grammar.ends_with(label, left) and not self.grammar.post_title(chunk)):
                yield pos, start + m.start()
                pos = start + m.end()
        yield pos, end

    def _split_honorifics(self, text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
        """Cut a chunk before each honorific: "Vice Mayor of Shanghai Mr Chen Jie"."""
        cuts = [start]
        for m in re.finditer(r"\S+", text[start:end]):
            if m.start() and self.honorific_word.match(m[0]):
                cuts.append(start + m.start())
        cuts.append(end)
        for s, e in zip(cuts, cuts[1:]):
            piece = text[s:e].rstrip()
            if piece and not self.honorific_word.match(piece.split()[0]):
                yield s, s + len(TRAILING_LINK.sub("", piece))

    def _resolve_overlaps(self, candidates: list[Mention], text: str) -> list[Mention]:
        candidates = [m for m in candidates if not self._truncated(m, candidates, text)]
        # Prefer longer spans, then more trustworthy sources.
        rank = {"lexicon": 0, "shape": 1, "honorific": 1, "title-name": 1, "quoted": 2, "ner": 3}
        ordered = sorted(candidates, key=lambda m: (-(m.end - m.start), rank.get(m.source, 9), m.start))
        top: list[Mention] = []
        nested: list[Mention] = []
        for m in ordered:
            container = next((t for t in top if t.start <= m.start and m.end <= t.end), None)
            if container is not None:
                if (m.start, m.end) != (container.start, container.end) and self._nestable(m, container):
                    if not any(n.start == m.start and n.end == m.end for n in nested):
                        nested.append(m)
                continue
            if any(t.start < m.end and m.start < t.end for t in top):
                continue  # crossing spans: the longer one already won
            top.append(m)
        top.sort(key=lambda m: m.start)
        result: list[Mention] = []
        for t in top:
            result.append(t)
            parent = len(result) - 1
            inner = sorted((n for n in nested if t.start <= n.start and n.end <= t.end), key=lambda n: n.start)
            kept: list[Mention] = []
            for n in inner:  # names nested at any depth, each span once
                if any((k.start, k.end) == (n.start, n.end) for k in kept):
                    continue
                kept.append(n)
            for n in kept:
                result.append(Mention(n.start, n.end, n.text, n.label, n.name, n.source, n.kind, parent, n.aliases))
        return result

    @staticmethod
    def _truncated(m: Mention, candidates: list[Mention], text: str) -> bool:
        """A reading cut short of a longer name of the same kind: "Liaison Office of the Central
        People's Government" in "... Government in the HKSAR", "Macao Affairs Office" in "Hong
        Kong and Macao Affairs Office"."""
        if m.label not in ("Organization", "Event", "Initiative", "Agreement", "Mechanism"):
            return False
        for n in candidates:
            if n is m or n.label != m.label or not (n.start <= m.start and m.end <= n.end) or (n.start, n.end) == (m.start, m.end):
                continue
            if n.start == m.start or text[n.start:m.start].endswith("and "):
                return True
        return False

    def _nestable(self, inner: Mention, outer: Mention) -> bool:
        if inner.label == "Person" or outer.label == "Person":
            return False
        if inner.label == outer.label == "Post" and inner.end == outer.end:
            return False  # "Governor of Hubei Province" in "Vice Governor of Hubei Province" is no other post
        if inner.label == outer.label == "Event" and inner.end == outer.end and len(inner.text.split()) <= 3 \
                and not self.lexicon.known_label(inner.text):
            return False  # "Thematic Exhibition" in "the "Taste of Hong Kong" Thematic Exhibition": its head
        if inner.label == outer.label == "Organization" and inner.start == outer.start:
            return False  # a truncated reading of the same name, not another body
        if inner.label == outer.label and self._text[max(outer.start, inner.start - 5):inner.start].endswith("and "):
            return False  # the second half of "Constitutional and Mainland Affairs Bureau"
        if inner.source == "ner" and inner.label not in ("Place", "Organization"):
            return False
        if inner.label == "Organization" and outer.label in ("Post", "Event", "Initiative") \
                and not self.grammar.ends_with("Organization", inner.text) \
                and not (self.lexicon.known_label(inner.text) and len(inner.text.split()) > 2):
            # "Transport and Logistics" in "Secretary for Transport and Logistics" is a portfolio, not a body
            return False
        return True


def _with_acronym(left: str, acronym: str) -> str:
    """Replace the words an acronym stands for: ("2017 Pan-Pearl River Delta", "PPRD") -> "2017 PPRD"."""
    words = left.split()
    capitals = 0
    for i in range(len(words) - 1, -1, -1):
        capitals += sum(1 for ch in words[i] if ch.isupper())
        if capitals >= len(acronym):
            return " ".join(words[:i] + [acronym])
    return acronym


LOWER_SESSION = re.compile(
    r"\b((?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
    r"(?:plenary\s+)?(?:meeting|session|plenary|conference)\s+of\s+(?:the\s+)?)$")

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
        alternatives = [(r"\s+" if ch == " " else re.escape(ch)) + build(child)
                        for ch, child in sorted(node.items()) if ch]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


ACTING = re.compile(r"^(?:Acting|acting|the then|The then|then)\s+")


def _without_acting(m: Mention) -> Mention:
    """ "Acting" and "the then" do not make another post (the annotation rules, rule 3)."""
    if m.label != "Post" or not ACTING.match(m.name):
        return m
    return Mention(m.start, m.end, m.text, m.label, ACTING.sub("", m.name), m.source, m.kind, m.parent, m.aliases)


def _span_len(text: str, words: list[str]) -> int:
    pos = 0
    for i, w in enumerate(words):
        idx = text.index(w, pos)
        pos = idx + len(w)
    return pos


def is_ordinal(word: str) -> bool:
    return bool(ORDINAL.match(word))
