"""Titles that go on past their last word: the place a title serves, printed after it, and the part of
a portfolio printed in parentheses.

"the Shadow Minister for State Development, New South Wales, Mr A" and "Mr B, Director of the X
Office, Lakeland, said": the place printed between the title and its holder, or after a title
set off after its holder (not one of a list of places), belongs to the title (VOCABULARY, rule 3: the title as printed in its
fullest form). A title that ends with a place already ("the Mayor of Riverton, Lakeland, Mr C")
is followed by that place's country or region, which is no part of it.

Examples
--------
>>> text = "He met the Minister for Trade, Lakeland, Ms Ann Lo."
>>> found = [Mention(11, 29, "Minister for Trade", "Post", "Minister for Trade", "shape"),
...          Mention(31, 39, "Lakeland", "Place", "Lakeland", "ner"),
...          Mention(41, 50, "Ms Ann Lo", "Person", "Ann Lo", "honorific")]
>>> [(m.text, m.name) for m in titles_with_places(text, found)]
[('Minister for Trade, Lakeland', 'Minister for Trade, Lakeland')]

"the Permanent Secretary for Food and Health (Food), Mr A": a bureau's two permanent secretaries
are told apart by the part of its portfolio each serves, in parentheses after the title; that part
is the title's.
"""

from __future__ import annotations

import re

from igr.extract.records import Mention

_COMMA = re.compile(r"[ \t]*,[ \t]*")
_COMMA_THE = re.compile(r"[ \t]*,[ \t]*(?:the[ \t]+)?")
_AFTER_PLACE = re.compile(r"(?:[ \t]*\([A-Z][A-Za-z&]{1,11}\))?[ \t]*,[ \t]*")
_PORTFOLIO_PART = re.compile(r"[ \t]*\(((?:[A-Z][a-z]+|and|the|&|,|[ \t])+)\)")
"""A part of a portfolio in parentheses: "(Food)", "(Commerce, Industry and Tourism)"."""
_AFTER_TITLE = re.compile(r"[ \t]*(?:,|\.|;|$)")
"""What ends a title set off after its holder's name: a comma, the end of the sentence or clause."""


def titles_with_places(text: str, candidates: list[Mention]) -> list[Mention]:
    """Titles read with the place printed after them, before their holder ("Title, Place, Mr A") or,
    after a holder's name and a comma, before a comma or the sentence's end ("Mr A, Title, Place,")."""
    posts = {m.end: m for m in candidates if m.label == "Post"}
    if not posts:
        return []
    places = [m for m in candidates if m.label == "Place" and "," in text[max(0, m.start - 4):m.start]]
    if not places:
        return []
    place_ends = {m.end for m in candidates if m.label == "Place"}
    place_starts = {m.start for m in candidates if m.label == "Place"}
    people_starts = {m.start for m in candidates if m.label == "Person" and m.source == "honorific"}
    people_ends = {m.end for m in candidates if m.label == "Person"}
    out = []
    for place in places:
        before = _COMMA.search(text, max(0, place.start - 4), place.start)
        if before is None or before.end() != place.start or (post := posts.get(before.start())) is None \
                or post.end in place_ends:
            continue  # (a title ending with a place: "Mayor of Riverton, Lakeland" adds the country)
        after = _AFTER_PLACE.match(text, place.end)  # (the office's acronym may follow: "..., San Francisco (SFETO), Mr A")
        holder_after = after is not None and after.end() in people_starts
        holder_before = _AFTER_TITLE.match(text, place.end) is not None \
            and not (after is not None and after.end() in place_starts) \
            and (lead := _COMMA_THE.search(text, max(0, post.start - 8), post.start)) is not None \
            and lead.end() == post.start and lead.start() in people_ends
        if holder_after or holder_before:
            name = post.name + text[post.end:place.end]
            out.append(Mention(post.start, place.end, text[post.start:place.end], "Post", name, post.source))
    return out


def titles_with_portfolios(text: str, candidates: list[Mention]) -> list[Mention]:
    """Titles read with the part of their portfolio printed after them in parentheses, when every word of
    that part is a word of the portfolio, after "for": "Permanent Secretary for Food and Health (Food)"
    (not "Secretary for Security (Acting)", nor "Director of the X Office in Beijing (Beijing Office)",
    nor a place or an acronym).

    Examples
    --------
    >>> text = "The Permanent Secretary for Food and Health (Food), Miss Ann Lo, spoke."
    >>> found = [Mention(4, 43, text[4:43], "Post", text[4:43], "shape")]
    >>> [m.name for m in titles_with_portfolios(text, found)]
    ['Permanent Secretary for Food and Health (Food)']
    >>> text = "The Secretary for Security (Acting), Mr Ho, spoke."
    >>> titles_with_portfolios(text, [Mention(4, 26, text[4:26], "Post", text[4:26], "shape")])
    []
    """
    out = []
    for post in candidates:
        if post.label != "Post" or (part := _PORTFOLIO_PART.match(text, post.end)) is None:
            continue
        portfolio = post.name.partition(" for ")[2]
        if portfolio and set(re.findall(r"[A-Z][a-z]+", part[1])) <= set(re.findall(r"[A-Z][a-z]+", portfolio)):
            name = f"{post.name} ({' '.join(part[1].split())})"
            out.append(Mention(post.start, part.end(), text[post.start:part.end()], "Post", name, post.source))
    return out
