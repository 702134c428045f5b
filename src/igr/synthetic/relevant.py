"""Releases about intergovernmental relations, written the way the demo releases are.

Each template takes the world, a random source and the release date, and returns a
title and paragraphs: visits to Mainland partners, delegations received in Hong Kong,
plenary sessions of co-operation mechanisms with agreements signed, expos and forums
attended, and calls by consuls. The sentence shapes are those of ``examples/demo``
(``"The Chief Secretary for Administration, Mr Chan Tak-wing, today (March 3) met the
Vice Mayor of Chengdu, Mr Zhao Lifeng, in Chengdu ..."``); every name in them comes
from the world.

Examples
--------
>>> import datetime, random
>>> from igr.synthetic.world import World
>>> title, paragraphs = TEMPLATES[0](World(seed=1), random.Random(1), datetime.date(2024, 3, 5))
>>> "today (March 5)" in paragraphs[0]
True
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

from igr.synthetic.people import Person
from igr.synthetic.world import HK_TOP, World

Template = Callable[[World, random.Random, date], tuple[str, list[str]]]


def md(day: date) -> str:
    """``March 3``: how releases give a day of the current year."""
    return f"{day:%B} {day.day}"


def series(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def introduce(post: str, person: Person, article: str = "The") -> str:
    return f"{article} {post}, {person.named},"


def hk_official(world: World, rng: random.Random, day: date, senior: bool = False) -> tuple[str, Person]:
    """A Hong Kong principal official: the top four often, a bureau secretary otherwise."""
    if senior or rng.random() < 0.45:
        post = rng.choices(HK_TOP, (4, 3, 2, 1))[0]
    else:
        post = rng.choice(world.secretaries)
    return post, world.holder(post, day)


def title_of(world: World, post: str) -> str:
    return world.acronyms.get(post, post)


def fields(world: World, rng: random.Random, n: int = 3) -> str:
    return series(rng.sample(world.fields, n))


def visit(world: World, rng: random.Random, day: date) -> tuple[str, list[str]]:
    post, official = hk_official(world, rng, day)
    place = world.partner(rng)
    seat = rng.randrange(3)
    host_post = place.vice_post if seat else place.top_post
    host = world.holder(host_post, day, seat)
    province = world.province_of(place)
    region = province.name if province else place.name
    where = f"{place.name}, {province.name} Province" if province else place.name
    paragraphs = [
        f"{introduce(post, official)} today ({md(day)}) met the {host_post}, {host.named}, in {place.name} "
        f"to exchange views on strengthening co-operation between Hong Kong and {region} in {fields(world, rng)}.",
        f"{official.short} said that {place.name} is an important partner of Hong Kong and that Hong Kong, as an "
        f"international financial centre, stands ready to help enterprises of {region} go global. {official.he} "
        f"also invited {host.short} to lead a business delegation to Hong Kong later this year.",
    ]
    office = world.offices_abroad.get(place.name)
    if office:
        paragraphs.append(f"Afterwards, {official.short} visited the {office} and was briefed on its work. "
                          f"{official.he} encouraged colleagues to continue promoting exchanges between Hong Kong "
                          f"and {region}.")
    if rng.random() < 0.5:
        initiative = rng.choice(world.initiatives)
        paragraphs.append(f"In the afternoon, {official.short} met representatives of Hong Kong enterprises in "
                          f"{where} and said that Hong Kong's professionals are well placed to serve enterprises "
                          f"taking part in the {initiative}.")
    paragraphs.append(f"{official.short} will return to Hong Kong tomorrow ({md(day + timedelta(days=1))}).")
    return f"{title_of(world, post)} visits {place.name}", paragraphs


def delegation(world: World, rng: random.Random, day: date) -> tuple[str, list[str]]:
    post, official = hk_official(world, rng, day)
    place = world.partner(rng)
    seat = rng.randrange(1, 4)
    leader = world.holder(place.vice_post, day, seat)
    other_post = rng.choice([p for p in world.secretaries if p != post])
    other = world.holder(other_post, day)
    paragraphs = [
        f"{introduce(post, official)} met a delegation led by the {place.vice_post}, {leader.named}, at the "
        f"Central Government Offices today ({md(day)}) to discuss co-operation in {fields(world, rng, 2)}. The "
        f"delegation arrived in Hong Kong yesterday ({md(day - timedelta(days=1))}) for a two-day visit.",
        f"{introduce(other_post, other)} also joined the meeting.",
        f"{official.short} said that the HKSAR Government and the {place.government} would continue to deepen "
        f"exchanges, and thanked {leader.short} for the support of {place.name} for Hong Kong.",
    ]
    return f"{title_of(world, post)} meets {place.vice_post}", paragraphs


def plenary(world: World, rng: random.Random, day: date) -> tuple[str, list[str]]:
    running = [m for m in world.mechanisms if m.founded <= day.year]
    mechanism = rng.choice(running)
    place = world.places[mechanism.partner]
    ce = world.holder("Chief Executive", day)
    head = world.holder(place.top_post, day)
    if mechanism.yearly:
        session = f"{day.year} {mechanism.name}"
    else:
        nth = min(day.year - mechanism.founded, len(world.ordinals) - 1)
        word = "Plenary" if "Joint Conference" in mechanism.name else "Plenary Session"
        session = f"{world.ordinals[nth]} {word} of the {mechanism.name}"
    venue = rng.choice(["Hong Kong", place.name])
    signer_post = rng.choice(world.secretaries)
    signer, vice = world.holder(signer_post, day), world.holder(place.vice_post, day, 1)
    field = rng.choice(world.fields)
    agreement = rng.choice([f"Memorandum of Understanding on {field.capitalize()} Co-operation between Hong Kong "
                            f"and {place.name}", f"Framework Agreement on Deepening Hong Kong/{place.name} "
                            f"Co-operation in {field.title()}"])
    paragraphs = [
        f"The Chief Executive, {ce.named}, and the {place.top_post}, {head.named}, co-chaired the {session} "
        f"in {venue} today ({md(day)}).",
        f"{ce.short} said that the two sides had reviewed the progress made since the last session and agreed "
        f"to deepen Hong Kong-{place.name} co-operation in {fields(world, rng)}.",
        f"At the meeting, the {signer_post}, {signer.named}, and the {place.vice_post}, {vice.named}, signed "
        f"the {agreement}. {signer.short} said that the agreement would benefit enterprises and young people of "
        f"both places.",
    ]
    short = mechanism.name.split(" Co-operation")[0]
    return f"{session if mechanism.yearly else short + ' Co-operation session'} held in {venue}", paragraphs


def expo(world: World, rng: random.Random, day: date) -> tuple[str, list[str]]:
    post, official = hk_official(world, rng, day)
    event = rng.choice([e for e in world.events if e.founded <= day.year])
    nth = day.year - event.founded
    name = f"{world.ordinals[nth]} {event.name}" if nth < len(world.ordinals) else f"{day.year} {event.name}"
    where = "in Hong Kong" if event.venue == "Hong Kong" else f"in {event.venue}"
    lead = (f"{introduce(post, official)} today ({md(day)}) attended the {name} {where}"
            if event.venue == "Hong Kong" else
            f"{introduce(post, official)} today ({md(day)}) led a delegation of Hong Kong enterprises to "
            f"{event.venue} to attend the {name}")
    paragraphs = [lead + f". Speaking at the opening, {official.short} said that Hong Kong would strengthen "
                  f"co-operation in {fields(world, rng, 2)} with partners at home and abroad."]
    if event.venue in world.places:
        place = world.places[event.venue]
        host = world.holder(place.vice_post, day, 2)
        paragraphs.append(f"In the afternoon, {official.short} met the {place.vice_post}, {host.named}. They "
                          f"exchanged views on co-operation between Hong Kong and {place.name}.")
    return f"{title_of(world, post)} attends {name}", paragraphs


def consul(world: World, rng: random.Random, day: date) -> tuple[str, list[str]]:
    post = rng.choice(world.secretaries)
    official = world.holder(post, day)
    country = rng.choice(world.countries[:30])
    consul_post = f"Consul General of {country} in Hong Kong"
    guest = world.holder(consul_post, day, kind="foreign")
    paragraphs = [
        f"{introduce(post, official)} met the {consul_post}, {guest.named}, today ({md(day)}) to discuss "
        f"co-operation between Hong Kong and {country} in {fields(world, rng, 2)}.",
        f"{official.short} said that Hong Kong welcomed more enterprises from {country} to set up regional "
        f"headquarters in the city.",
    ]
    return f"{title_of(world, post)} meets {consul_post}", paragraphs


TEMPLATES: tuple[Template, ...] = (visit, delegation, plenary, expo, consul)
WEIGHTS = (5, 4, 2, 3, 2)


CLOSINGS = (
    "The delegation also visited enterprises founded by Hong Kong people and a science park, and was briefed "
    "on the latest development of the industries there.",
    "Both sides agreed to maintain close communication and to take forward the co-operation projects under "
    "discussion at the working level.",
    "The Government will continue to make good use of the platforms of co-operation with the Mainland to "
    "create more opportunities for Hong Kong's enterprises, professionals and young people.",
)


def relevant_release(world: World, rng: random.Random, day: date) -> tuple[str, list[str]]:
    """A release about intergovernmental relations on ``day``."""
    title, paragraphs = rng.choices(TEMPLATES, WEIGHTS)[0](world, rng, day)
    return title, [*paragraphs, rng.choice(CLOSINGS)]
