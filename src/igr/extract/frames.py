"""Meeting frames: what a release says about a session as a whole, beyond single sentences.

A release reporting a plenary, a forum or a working meeting names its principals (the
co-chairs), the officials who attended, where it was held, and whose side each
official is on (the jurisdiction of their post: the Mayor of Beijing is Beijing's).
The annotation rules read such a report as: attendees meet the principals of the other
side; officials who travelled to the venue visited it; delegation members share the
delegation's destination and its session. This module derives those facts from the
facts the sentence patterns found, each with a lower confidence than a direct statement.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import replace

from igr.extract.jurisdiction import Jurisdiction
from igr.extract.lexicon import Lexicon, key
from igr.extract.records import Fact, LocalEntity
from igr.extract.triggers import phrase_pattern

FRAME_CONFIDENCE = 0.55


def possessed_posts(text: str, entities: list[LocalEntity]) -> dict[str, str]:
    """Post id to the name of the place printed as its possessor: "Singapore's Minister for Foreign Affairs".

    Examples
    --------
    >>> text = "Riverland's Minister for Trade, Mr A, came."
    >>> ents = [LocalEntity("p", "Place", "Riverland", spans=((0, 9),)), LocalEntity("t", "Post", "Minister for Trade", spans=((12, 30),))]
    >>> possessed_posts(text, ents)
    {'t': 'Riverland'}
    """
    ends = {e: ent.name for ent in entities if ent.label == "Place" for _, e in ent.spans}
    out: dict[str, str] = {}
    for ent in entities:
        if ent.label != "Post":
            continue
        for s, _ in ent.spans:
            mark = _POSSESSIVE.search(text, max(0, s - 4), s)
            if mark is not None and mark.end() == s and mark.start() in ends:
                out.setdefault(ent.id, ends[mark.start()])
    return out


_POSSESSIVE = re.compile(r"[’']s?\s+")


def home_places(facts: list[Fact], entities: dict[str, LocalEntity], lexicon: Lexicon,
                inside: dict[str, list[str]], possessors: dict[str, str] | None = None,
                jurisdiction: Callable[[str], str | None] | None = None, own: str | None = None) -> dict[str, str]:
    """Person id to the canonical name of the place their post belongs to.

    The jurisdiction of a known post wins ("Secretary for Justice": Hong Kong; ``jurisdiction``, by default
    the lexicon's, reads it for the release's own government);
    then a place printed as the post's possessor ("Singapore's Minister for Foreign Affairs", ``possessors``)
    or as the adjective it opens with ("Portuguese President": Portugal);
    then the place a body named inside the post opens with ("Director of the Hong Kong Economic and Trade
    Office, San Francisco": Hong Kong);
    else the place named inside the post ("Vice Mayor of Shanghai": Shanghai);
    else the side of a known title the post serves ("Chief of Office of the Chief Executive");
    else, for the title of a government unit named with no place, the issuing government's place ``own``
    ("Director of the Economic and Technological Development Bureau").
    """
    out: dict[str, str] = {}
    units = _unit_heads(lexicon) if own else frozenset()
    for f in facts:
        if f.predicate != "holdsPost":
            continue
        post = entities[f.object]
        known = (jurisdiction or Jurisdiction(lexicon).of)(post.name)
        if known:
            out.setdefault(f.subject, known)
            continue
        if possessors and post.id in possessors:
            out.setdefault(f.subject, possessors[post.id])
            continue
        country = lexicon.demonyms.get(post.name.split(" ", 1)[0])
        if country:  # "Portuguese President", "the Chinese Ambassador to X": the country of the adjective
            out.setdefault(f.subject, lexicon.canonical("Place", country))
            continue
        owners = [first for i in inside.get(post.id, []) if entities[i].label == "Organization"
                  and (first := _posted_office(entities[i].name, [entities[j].name for j in inside.get(i, [])
                                                                  if entities[j].label == "Place"]))]
        if owners:  # "Director of the Hong Kong Economic and Trade Office, San Francisco": the office's own place,
            out.setdefault(f.subject, owners[0])  # not where it is
            continue
        places = [entities[i].name for i in inside.get(post.id, []) if entities[i].label == "Place"] or [
            entities[j].name for i in inside.get(post.id, []) if entities[i].label == "Organization"
            for j in inside.get(i, []) if entities[j].label == "Place"]  # "Secretary of the CPC [Guangzhou] X Committee"
        # a place before the title is its jurisdiction ("Hong Kong Commissioner for ..., USA": posted abroad
        # for Hong Kong; "Shenzhen Vice Mayor"); else the place the title ends with ("Vice Mayor of Shanghai")
        first = [p for p in places if key(post.name).startswith(key(p))]
        if first and any(f" of the {entities[i].name}" in post.name for i in inside.get(post.id, [])
                         if entities[i].label == "Organization"
                         and not any(entities[j].label == "Place" for j in inside.get(i, []))):
            continue  # "Hong Kong SAR Basic Law Committee of the National People's Congress Standing Committee
            # Chairman": a body about the place it opens with, owned by another; no side from the place
        if places:
            out.setdefault(f.subject, (first or places)[-1])
            continue
        served = _OF_TITLE.search(post.name)
        if served and (known := (jurisdiction or Jurisdiction(lexicon).of)(served[1])):
            out.setdefault(f.subject, known)  # "Chief of Office of the Chief Executive": the Chief Executive's side
            continue
        named = [e.name for e in entities.values() if e.label == "Place"
                 and re.search(rf"\b(?:of|for|in) (?:the )?{re.escape(key(e.name))}\b", key(post.name))]
        if named:  # "Mayor of Tel Aviv-Yafo": the place the release names, read in a longer spelling
            out.setdefault(f.subject, max(named, key=len))
            continue
        bodies = [entities[i].name for i in inside.get(post.id, []) if entities[i].label == "Organization"]
        bodies = [b for b in bodies if not any(b != other and b in other for other in bodies)]  # (the outermost)
        if own and len(bodies) == 1 and key(bodies[0]).rsplit(" ", 1)[-1] in units \
                and not lexicon.known_label(bodies[0]):
            out.setdefault(f.subject, own)  # "Director of the Economic Development Bureau": the issuing government's
    return out


_OF_TITLE = re.compile(r" of the (.+)$")


def _unit_heads(lexicon: Lexicon) -> frozenset[str]:
    """The heads of a government's own units (lexicon ``government_unit_heads``), as lookup keys."""
    return frozenset(key(h) for h in lexicon.triggers.get("government_unit_heads", ()))


def _posted_office(body: str, places: list[str]) -> str | None:
    """The place an office posted elsewhere belongs to: the one its name opens with, when it ends with another,
    where it is ("Hong Kong Economic and Trade Office, San Francisco", "X Trade Office in Riverton": Hong Kong, X).

    Examples
    --------
    >>> _posted_office("Hong Kong Economic and Trade Office, San Francisco", ["Hong Kong", "San Francisco"])
    'Hong Kong'
    >>> _posted_office("Hong Kong Macao Affairs Office of the State Council", ["Hong Kong", "Macao"]) is None
    True
    """
    k = key(body)
    first = next((p for p in places if k.startswith(key(p))), None)
    last = next((p for p in places if k.endswith(key(p)) and p != first), None)
    return first if first and last else None


def received_at_home(facts: list[Fact], entities: dict[str, LocalEntity], home: dict[str, str],
                     own: frozenset[str], meetings: frozenset[str]) -> list[Fact]:
    """A meeting at home: "The Chief Executive met the Mayor of Riverton, Mr B, today". When an official of
    the place the releases come from (``own``, lexicon ``home_places``) meets one from elsewhere, and neither
    that sentence nor the release puts anyone of the official's side anywhere, the visitor came to the
    official's place (named in the release).

    Parameters
    ----------
    facts : list of Fact
    entities : dict
        Local entities by id.
    home : dict
        Person id to the place of their post (:func:`home_places`).
    own : frozenset of str
        The releases' own places, in lower case.
    meetings : frozenset of str
        The methods of a meeting proper ("dep:meet", "dep:receive"): not co-chairing a session, not signing.
    """
    places = {e.name: e.id for e in entities.values() if e.label == "Place"}
    sides = {p for p, place in home.items() if key(place) in own}
    if any(f.predicate == "visited" and f.subject in sides and key(entities[f.object].name) != key(home[f.subject])
           for f in facts):
        return []  # (the official's side travels: its meetings may be anywhere; "... in Macao" of its own is no trip)
    abroad = {f.subject for f in facts if f.predicate == "heldIn" and key(entities[f.object].name) not in own}
    if any(f.predicate in ("attended", "chaired") and f.subject in sides and f.object in abroad for f in facts):
        return []  # (so does one who takes part in a session held elsewhere: "co-chaired the X Consultations in Y")
    placed = {f.start for f in facts if f.predicate in ("visited", "heldIn")}
    out = []
    for f in facts:
        if f.predicate != "metWith" or f.start in placed or f.method not in meetings:
            continue
        for host, guest in ((f.subject, f.object), (f.object, f.subject)):
            if host in sides and home.get(guest) not in (None, home[host]) and home[host] in places:
                out.append(replace(f, subject=guest, predicate="visited", object=places[home[host]],
                                   method="frame:met-at-home", confidence=round(f.confidence - 0.15, 2),
                                   participants=(guest, places[home[host]])))
    return out


def home_covers(lexicon: Lexicon, place: str, side: str) -> bool:
    """Whether an official of ``side`` is at home in ``place``: the place lies inside it, and not inside a special
    administrative region below it (a central official of China in Hong Kong or Macao is visiting: one country, two
    systems).

    Examples
    --------
    >>> from igr.extract.lexicon import load_lexicon
    >>> lexicon = load_lexicon()
    >>> home_covers(lexicon, "Guangzhou", "Guangdong"), home_covers(lexicon, "Hong Kong", "China")
    (True, False)
    """
    if not lexicon.within(place, side):
        return False
    target = key(lexicon.canonical("Place", side))
    entry = lexicon.lookup(place)
    while entry is not None and entry.label == "Place" and key(entry.name) != target:
        if entry.kind == "sar":
            return False
        entry = lexicon.lookup(entry.parent) if entry.parent else None
    return True


def main_event(facts: list[Fact], entities: dict[str, LocalEntity]) -> str | None:
    """The session a release is about: the event most attended or chaired in it, else the event
    the release says was held somewhere ("The 15th Plenary ... was held in Guangzhou today")."""
    counts = Counter(f.object for f in facts if f.predicate in ("attended", "chaired")
                     and entities[f.object].label == "Event")
    if not counts:
        counts = Counter(f.subject for f in facts if f.predicate == "heldIn" and entities[f.subject].label == "Event")
    if not counts:
        return None
    return max(counts, key=lambda e: (counts[e], len(entities[e].spans)))


def frame_facts(facts: list[Fact], entities: dict[str, LocalEntity], lexicon: Lexicon,
                home: dict[str, str], delegates: list[tuple[str, Fact]],
                companions: list[tuple[str, str | None, Fact]] = (),
                venues: dict[str, list[str]] | None = None, leaders: list[str] = (),
                co_actors: list[tuple[str, str, Fact]] = (), own_legs: set[str] = frozenset(),
                group_sentences: set[int] = frozenset()) -> list[Fact]:
    """Facts implied by the meeting frames of one release.

    Parameters
    ----------
    facts : list of Fact
        What the sentence patterns found.
    entities : dict
        Local entities by id.
    lexicon : Lexicon
    home : dict
        Person id to the place of their post (:func:`home_places`).
    delegates : list of (person id, evidence fact)
        Members of a delegation listed without a session ("Members of the delegation
        will include ..."): they attend the release's main session.
    venues : dict, optional
        Where a series met when the text names no session ("co-chaired the X Meeting in Y").
    companions : list of (person id, principal id or None, evidence fact)
        Officials who accompanied a principal ("accompanied by ...") or joined a reported
        meeting: they meet whom their side met and visit where their principal went.
    leaders : list of person ids
        Heads of the delegations of a reported session ("the Guangdong delegation was led by
        ..."): the heads of different sides meet.
    co_actors : list of (person id, person id, evidence fact)
        Two people who did one thing together ("A and B reviewed the progress"): they met when
        they are on different sides.
    own_legs : set of person ids
        Companions whose destinations the text states ("will accompany Mr A to X"): of the
        principal's other visits they share only those the delegation made.
    group_sentences : set of int
        Where the sentences whose subject is "the delegation" start ("The delegation will also
        visit X": the visits of its leader there are the whole delegation's).
    """
    derived: list[Fact] = []
    event = main_event(facts, entities)
    if event is not None:
        for person, evidence in delegates:
            derived.append(replace(evidence, subject=person, predicate="attended", object=event,
                                   method="frame:delegation", confidence=FRAME_CONFIDENCE,
                                   participants=(person, event)))
    all_facts = facts + derived
    chairs: dict[str, set[str]] = defaultdict(set)
    attendees: dict[str, dict[str, Fact]] = defaultdict(dict)
    venue: dict[str, list[str]] = defaultdict(list)
    stated: dict[str, set[str]] = defaultdict(set)  # venues printed for each event, without the regions they lie in
    for series, places in (venues or {}).items():
        venue[series].extend(places)
    for f in all_facts:
        if f.predicate == "chaired":
            chairs[f.object].add(f.subject)
        if f.predicate in ("attended", "chaired"):
            attendees[f.object].setdefault(f.subject, f)
        if f.predicate == "heldIn" and f.object in entities and f.object not in venue[f.subject]:
            venue[f.subject].append(f.object)  # "in Changsha, Hunan": both
        if f.predicate == "heldIn" and f.object in entities and not f.method.endswith("+within"):
            stated[f.subject].add(f.object)
    # "The X Committee convened its first meeting in Y, co-chaired by A and B": those who chair or attend the
    # series in the sentence that holds its session somewhere are there
    series_of = {f.subject: f.object for f in all_facts if f.predicate == "partOf"}
    taking_part = {(f.object, f.start) for f in all_facts if f.predicate in ("attended", "chaired")}
    for f in all_facts:
        series = series_of.get(f.subject)
        if f.predicate == "heldIn" and series and (series, f.start) in taking_part and f.object not in venue[series]:
            venue[series].append(f.object)
            stated[series].add(f.object)
    for session, people in attendees.items():
        # attendees listed in one sentence are of one side: one whose side no post tells is of his list-mates'
        # ("Key officials attending were the Secretary for X, Mr A; the Permanent Secretary for Y, Ms B")
        mates: dict[int, set[str]] = defaultdict(set)
        for person, evidence in people.items():
            if person in home and evidence.predicate == "attended":
                mates[evidence.start].add(home[person])
        for person, evidence in people.items():
            side = home.get(person) or (next(iter(mates[evidence.start])) if evidence.predicate == "attended"
                                        and len(mates[evidence.start]) == 1 else None)
            for chair in chairs.get(session, ()):
                other = home.get(chair)
                if chair != person and side and other and side != other:
                    a, b = sorted((person, chair))
                    derived.append(replace(evidence, subject=a, predicate="metWith", object=b,
                                           method="frame:other-side", confidence=FRAME_CONFIDENCE,
                                           participants=(a, b, session)))
            # ("addressed it via video": the lexicon's remote_cues)
            remote = phrase_pattern(tuple(lexicon.triggers.get("remote_cues", ()))).search(evidence.evidence.lower()) is not None
            for place in venue.get(session, ()) if _one_venue(stated.get(session, set()), entities, lexicon) and not remote else ():
                if side and not home_covers(lexicon, entities[place].name, side) \
                        and not lexicon.within(side, entities[place].name):
                    derived.append(replace(evidence, subject=person, predicate="visited", object=place,
                                           method="frame:venue", confidence=FRAME_CONFIDENCE,
                                           participants=(person, place, session)))
    evidence_of = {person: evidence for person, evidence in delegates}
    for i, a in enumerate(leaders):
        for b in leaders[i + 1:]:
            if home.get(a) and home.get(b) and home[a] != home[b]:
                x, y = sorted((a, b))
                derived.append(replace(evidence_of.get(a, evidence_of.get(b)), subject=x, predicate="metWith", object=y,
                                       method="frame:delegation-heads", confidence=FRAME_CONFIDENCE,
                                       participants=(x, y)))
    for a, b, evidence in co_actors:
        if home.get(a) and home.get(b) and home[a] != home[b]:
            x, y = sorted((a, b))
            derived.append(replace(evidence, subject=x, predicate="metWith", object=y, method="frame:together",
                                   confidence=FRAME_CONFIDENCE, participants=(x, y)))
    derived += _companion_facts(facts + derived, home, companions, own_legs, group_sentences)
    return derived


def _companion_facts(facts: list[Fact], home: dict[str, str], companions, own_legs: set[str] = frozenset(),
                     group_sentences: set[int] = frozenset()) -> list[Fact]:
    out: list[Fact] = []
    # (not the members of a delegation met as such: "welcomed the delegation, which includes A"; but what the
    # principal did together with the other side's official, "Mr A and the Governor, Mr B, will review ...")
    meetings = [f for f in facts if f.predicate == "metWith"
                and (f.method == "frame:together" or not f.method.startswith(("frame:", "list:")))]
    # (not an earlier trip of the principal's: "He has led delegations to A and B since 2006")
    visits = [f for f in facts if f.predicate == "visited" and f.method != "frame:companion" and "+past" not in f.method]
    # what "the delegation" attended ("During the visit, the delegation will attend X"), its members attended
    sessions = [f for f in facts if f.predicate in ("attended", "chaired") and f.start in group_sentences]
    attended = [f for f in facts if f.predicate in ("attended", "chaired") and not f.method.startswith("frame:")]
    # the session a delegation was led to ("A will lead a delegation to X for the Y Conference"): its members
    # attend it, those who join it too (of the leader's side, or of no side a post tells)
    purposes = [f for f in attended if f.method == "dep:lead-for"]
    # attendees listed in one sentence are of one side: one whose side no post tells is of his list-mates' side
    # ("Singapore's Minister for X, Dr A, and the Senior Minister of State, Mr B, also attended the meeting")
    listed: dict[int, set[str]] = defaultdict(set)
    for person, principal, evidence in companions:
        if principal is None and person in home:
            listed[evidence.start].add(home[person])
    joined: dict[int, dict[str, tuple[str, Fact]]] = defaultdict(dict)  # meeting: who joined it, of which side
    # those who came with a principal ("accompanied by B"): one who joins the meeting on its own meets the other
    # side's principal, not those ("A, accompanied by B, met C. D also attended the meeting": D met A only)
    accompanying = {person for person, principal, _ in companions if principal is not None}
    for person, principal, evidence in companions:
        side = home.get(person) or (home.get(principal) if principal else None)
        if side is None and principal is None and len(listed[evidence.start]) == 1:
            side = next(iter(listed[evidence.start]))
        # a listed member of a delegation meets whom the delegation met, not whom its leader met alone
        for n, f in enumerate(meetings):
            if evidence.method == "list:delegation" and f.start not in group_sentences:
                continue
            if evidence.method == "companion:together" and f.start != evidence.start:
                continue  # "Earlier, A, together with B, toured X": B was with A there, not at A's other meetings
            for ours, theirs in ((f.subject, f.object), (f.object, f.subject)):
                same_side = ours == principal or (side is not None and home.get(ours) == side)
                if principal is None and theirs in accompanying:
                    continue
                if same_side and theirs != person and (home.get(theirs) != side or side is None):
                    a, b = sorted((person, theirs))
                    out.append(replace(evidence, subject=a, predicate="metWith", object=b,
                                       method="frame:companion", confidence=FRAME_CONFIDENCE,
                                       participants=(a, b)))
                    if side is not None:
                        joined[n].setdefault(person, (side, evidence))
        # (a host's official showing the visitor round is at home, on no leg of the visitor's trip)
        host_side = principal is not None and side is not None and home.get(principal) not in (None, side)
        if host_side and evidence.method != "list:delegation":  # "A, accompanied by the Mayor of X, Mr B, toured ...":
            a, b = sorted((person, principal))  # the host who shows the visitor round meets him
            out.append(replace(evidence, subject=a, predicate="metWith", object=b, method="frame:host-companion",
                               confidence=FRAME_CONFIDENCE, participants=(a, b)))
        for f in [] if host_side else visits if person not in own_legs else [f for f in visits if f.start in group_sentences]:
            if f.subject == principal or (principal is None and side is not None and home.get(f.subject) == side
                                          and f.start <= evidence.start):
                # (one who joined "the meetings" was at the visits reported so far, not at those told after them:
                # "B also attended the meetings. ... pleased to see Dr K again after his visit to Jakarta")
                out.append(replace(evidence, subject=person, predicate="visited", object=f.object,
                                   method="frame:companion", confidence=FRAME_CONFIDENCE,
                                   participants=(person, f.object)))
        # what the principal attended in the sentence that names the companion, the companion attended too ("A
        # attended X, joined by B", "A, together with B, attended X"); elsewhere only on the companion's own legs
        with_principal = [f for f in attended if f.start == evidence.start] if principal else []
        for f in (sessions if person in own_legs or evidence.method == "list:delegation" else []) + with_principal \
                + purposes:
            if f.subject == principal or (principal is None and f in purposes
                                          and (side is None or home.get(f.subject) in (side, None))):
                out.append(replace(evidence, subject=person, predicate="attended", object=f.object,
                                   method="frame:companion", confidence=FRAME_CONFIDENCE,
                                   participants=(person, f.object)))
    return out


def _one_venue(places: set[str], entities: dict[str, LocalEntity], lexicon: Lexicon) -> bool:
    """Whether an event's venues are one place and the places around it ("Guangzhou" and "Guangdong"),
    not several ("jointly hosted by Guangdong, Hong Kong and Macao": an attendee was at one of them)."""
    names = [entities[p].name for p in places]
    return all(lexicon.within(a, b) or lexicon.within(b, a) for i, a in enumerate(names) for b in names[i + 1:])


def same_side(facts: list[Fact], entities: dict[str, LocalEntity],
              jurisdiction: Callable[[str], str | None], home: dict[str, str] | None = None,
              own: str | None = None) -> set[tuple[str, str, str]]:
    """Meetings between two officials of the same side: colleagues, not parties to a meeting.

    ``metWith`` links people on different sides of a meeting (VOCABULARY.md). Two people whose
    posts the lexicon places in the same jurisdiction are on one side ("the Chief Executive and the
    Secretary for Justice met the Mayor": each met the Mayor, not each other). Posts the lexicon does
    not know, and one post held by both (an ambiguous short title), decide nothing; nor does a post the
    release first names with its place ("the Secretary for Security of the HKSAR") against one it first
    names without (a release written elsewhere: "The Chief Executive met the Secretary for Security of
    the HKSAR" is the writer's own Chief Executive). Where the lexicon knows neither post, the places the posts
    name decide (``home``, :func:`home_places`: "the Vice Governor of X Provincial Government" and "the Party Secretary
    of X Province" are both X's). In a release the dateline, address or bare titles show to be another
    government's (``own``: "Macao"), its bare titles are its own, so two officials whose posts both come to that
    place are one side however the posts are printed ("the Secretary for Economy and Finance" and "the Director of
    the Macao Government Tourism Office" in a Macao release).
    """
    places = [(span, key(e.name)) for e in entities.values() if e.label == "Place" for span in e.spans]
    posts: dict[str, set[str]] = defaultdict(set)
    side: dict[str, set[str]] = defaultdict(set)
    named: dict[str, set[str]] = defaultdict(set)  # a person's posts first named with a place
    for f in facts:
        if f.predicate == "holdsPost":
            posts[f.subject].add(f.object)
            where = key(jurisdiction(entities[f.object].name) or "?")
            side[f.subject].add(where)
            first = min(entities[f.object].spans, default=None)
            # (named with the place it belongs to, "... of the HKSAR"; not a body's place inside it, "Director of the
            # Hong Kong Economic and Trade Office in X")
            if first is not None and any(first[0] <= a and b <= first[1] and (where == "?" or place == where and b == first[1])
                                         for (a, b), place in places):
                named[f.subject].add(f.object)
    for person, sides in side.items():
        if "?" in sides and (home or {}).get(person):
            side[person] = {key(home[person])}
            # (the place is one its post names: it stands with any post of that place; or the release's own, for a
            # unit named with no place)
            named[person] = {"(placed)" if named[person] else "(home)"}
    return {(f.subject, f.predicate, f.object) for f in facts
            if f.predicate == "metWith" and len(side[f.subject]) == 1 and side[f.subject] == side[f.object]
            and "?" not in side[f.subject] and not posts[f.subject] & posts[f.object]
            and (bool(named[f.subject]) == bool(named[f.object]) or "(placed)" in named[f.subject] | named[f.object]
                 or own is not None and side[f.subject] == {key(own)})}


def at_home(facts: list[Fact], entities: dict[str, LocalEntity], lexicon: Lexicon,
            home: dict[str, str], enclosing: dict[str, list[str]] | None = None) -> set[tuple[str, str, str]]:
    """Visits inferred (not stated) to a place inside the official's own jurisdiction.

    "The Chief Executive ... in Hong Kong" is no visit; "the Chief Executive visited Shanghai" is.
    A place lies inside a jurisdiction by the lexicon, or by the release ("met the Minister of
    Finance of Egypt in Sharm El Sheikh, Egypt": the minister is at home there).
    """
    enclosing = enclosing or {}
    posts: dict[str, list[str]] = defaultdict(list)  # a person's posts, lower case
    for f in facts:
        if f.predicate == "holdsPost":
            posts[f.subject].append(entities[f.object].name.lower())
    # the places a post names as where it is held, the places around them and inside them ("Director of the X
    # Office in Wuhan" is at home in Wuhan and in Hubei; "... Office in Guangdong", in Guangzhou)
    posted = {person: {e.name for e in entities.values() if e.label == "Place" and _posted_in(names, e)}
              for person, names in posts.items()}
    out = set()
    for f in facts:
        if f.predicate == "visited" and f.subject in home and entities[f.object].label == "Place" \
                and not f.method.startswith("dep:visit") and (any(
                    home_covers(lexicon, entities[p].name, home[f.subject]) for p in (f.object, *enclosing.get(f.object, ())))
                    or any(p == entities[f.object].name or lexicon.within(p, entities[f.object].name)
                           or lexicon.within(entities[f.object].name, p) for p in posted.get(f.subject, ()))):
            out.add((f.subject, f.predicate, f.object))
    return out


def _posted_in(posts: list[str], place: LocalEntity) -> bool:
    """Whether a post names the place it is held in ("Director of the Liaison Office ... in the HKSAR", "Consul
    General of Japan in Hong Kong"; not "Hong Kong Commissioner ..., USA", posted abroad for Hong Kong)."""
    names = [n.lower() for n in (place.name, *place.aliases) if len(n) > 2]
    return any(re.search(r"\bin (?:the )?" + re.escape(n) + r"\b", post) for post in posts for n in names)
