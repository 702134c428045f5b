"""Titles that go on past their last word: the place a title serves, printed after it (the qualifier a title
prints in parentheses, "Permanent Secretary for Food and Health (Food)", is read with the chunks).

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
"""

from __future__ import annotations

import re

from igr.extract.records import Mention

_COMMA = re.compile(r"[ \t]*,[ \t]*")
_COMMA_THE = re.compile(r"[ \t]*,[ \t]*(?:the[ \t]+)?")
_AFTER_PLACE = re.compile(r"(?:[ \t]*\([A-Z][A-Za-z&]{1,11}\))?[ \t]*,[ \t]*")
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
