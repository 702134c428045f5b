"""The bulk of an archive: releases that are not about intergovernmental relations.

Weather reports, tenders, statistics, health notices, traffic arrangements,
appointments to advisory boards and written replies in the Legislative Council.
They still name departments, officials and (in appointments and Council replies)
many people, as a real archive's routine releases do.

Examples
--------
>>> import datetime, random
>>> from igr.synthetic.world import World
>>> title, paragraphs = weather(World(seed=1), random.Random(2), datetime.date(2024, 7, 9))
>>> "Hong Kong Observatory" in " ".join(paragraphs)
True
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from igr.synthetic.relevant import Template, introduce, md, series
from igr.synthetic.world import World

DISTRICTS = ("Central and Western", "Wan Chai", "Eastern", "Southern", "Yau Tsim Mong", "Sham Shui Po",
             "Kowloon City", "Wong Tai Sin", "Kwun Tong", "Kwai Tsing", "Tsuen Wan", "Tuen Mun", "Yuen Long",
             "North", "Tai Po", "Sha Tin", "Sai Kung", "Islands")
SERVICES = ("cleansing services", "security services", "maintenance of slopes", "supply of office furniture",
            "management of car parks", "repair of street lights", "catering services", "data centre services",
            "landscape maintenance", "supply of protective clothing", "printing services", "lift maintenance")
DISEASES = ("Legionnaires' disease", "dengue fever", "food poisoning", "influenza A", "scarlet fever",
            "hand, foot and mouth disease", "Japanese encephalitis", "measles")
BOARDS = ("Advisory Committee on Built Heritage", "Youth Development Advisory Board", "Elderly Services Board",
          "Road Safety Advisory Panel", "Green Transport Fund Committee", "Sports Development Board",
          "Film Services Advisory Committee", "Consumer Protection Panel", "Water Supplies Advisory Committee",
          "Museum Advisory Board", "Harbourfront Advisory Panel", "Employees Compensation Committee")
TOPICS = ("public housing supply", "road maintenance", "elderly care places", "school places", "air quality",
          "waste recycling", "cycling tracks", "public toilets", "hospital waiting times", "parking spaces",
          "flood prevention", "tree management", "noise from construction sites", "bus services")


def weather(world: World, rng: random.Random, day: date) -> tuple[str, list[str]]:
    hi, rain = rng.randint(16, 35), rng.randint(0, 120)
    kind = ("Very hot weather warning" if hi > 32 else "Cold weather warning" if hi < 18
            else rng.choice(["Thunderstorm warning", "Weather outlook", "Amber rainstorm warning"]))
    return f"{kind} issued by the Hong Kong Observatory", [
        f"The Hong Kong Observatory said that the maximum temperature today ({md(day)}) is expected to reach "
        f"{hi} degrees, with {rain} millimetres of rainfall recorded in {rng.choice(DISTRICTS)} District.",
        f"Members of the public are advised to {'drink plenty of water' if hi > 30 else 'keep warm'} and to "
        f"pay attention to the latest weather information. The {kind.lower()} will remain in force until "
        f"{rng.randint(1, 11)} pm.",
        f"The relative humidity ranged from {rng.randint(40, 70)} to {rng.randint(71, 98)} per cent. Winds were "
        f"{rng.choice(['light', 'moderate', 'fresh'])} {rng.choice(['easterly', 'southerly', 'northerly'])}, "
        f"occasionally strong offshore. The UV index is expected to be {rng.choice(['low', 'moderate', 'high'])}.",
        "People engaged in outdoor work or activities should take precautions. Those who need assistance may "
        "call the hotlines of the Social Welfare Department, and elderly people living alone should contact "
        "their relatives or neighbours.",
    ]


def tender(world: World, rng: random.Random, day: date) -> tuple[str, list[str]]:
    department, service = rng.choice(world.departments), rng.choice(SERVICES)
    closing = day + timedelta(days=rng.randint(14, 40))
    number = f"{department.split()[0][:3].upper()}/{day.year}/{rng.randint(100, 999)}"
    return f"Tenders invited for {service}", [
        f"The {department} is inviting tenders for the provision of {service} for a period of "
        f"{rng.randint(2, 4)} years (tender reference {number}).",
        f"Tender documents may be downloaded from the department's website. Tenders must be deposited in the "
        f"Government Logistics tender box before noon on {closing:%B} {closing.day}, {closing.year}. Late tenders "
        f"will not be accepted.",
        f"A tender briefing session will be held on {md(day + timedelta(days=7))} at {rng.randint(9, 11)} am. "
        f"Contractors are advised to attend. The estimated contract value is about ${rng.randint(2, 90)} million. "
        "The Government does not bind itself to accept the lowest or any tender.",
        "Enquiries on the tender may be made to the contracts section of the department during office hours. "
        "Tenderers should note the anti-collusion clauses and the requirements on the protection of employees.",
    ]


def statistics(world: World, rng: random.Random, day: date) -> tuple[str, list[str]]:
    month = (day.replace(day=1) - timedelta(days=1))
    what = rng.choice(["retail sales", "external merchandise trade", "restaurant receipts", "visitor arrivals"])
    change = rng.uniform(-9, 12)
    return f"Provisional statistics of {what} for {month:%B} {month.year}", [
        f"The Census and Statistics Department released today ({md(day)}) the provisional statistics of {what} "
        f"for {month:%B} {month.year}. The value was provisionally estimated at ${rng.randint(20, 500)}.{rng.randint(0, 9)} "
        f"billion, {'an increase' if change >= 0 else 'a decrease'} of {abs(change):.1f}% over the same month "
        f"last year.",
        f"A Government spokesman said that the figures reflected {'steady' if change >= 0 else 'weaker'} local "
        f"consumption sentiment, and that the Government would monitor the situation closely.",
        f"For the first {month.month} months of {month.year} taken together, the value was provisionally "
        f"estimated to have {'increased' if change >= 0 else 'decreased'} by {abs(change) * 0.7:.1f}% compared "
        f"with the same period in {month.year - 1}. After netting out the effect of price changes, the volume "
        f"changed by {change * 0.8:.1f}%.",
        "The statistics are compiled from a monthly survey of establishments. Users should note that the "
        "provisional figures are subject to revision when more data become available. Detailed tables are "
        "available on the website of the department.",
    ]


def health(world: World, rng: random.Random, day: date) -> tuple[str, list[str]]:
    disease, cases = rng.choice(DISEASES), rng.randint(1, 6)
    district = rng.choice(DISTRICTS)
    return f"CHP investigates {cases} case{'s' if cases > 1 else ''} of {disease}", [
        f"The Centre for Health Protection (CHP) of the Department of Health is today ({md(day)}) investigating "
        f"{cases} case{'s' if cases > 1 else ''} of {disease}. The patient{'s' if cases > 1 else ''}, aged "
        f"between {rng.randint(2, 40)} and {rng.randint(41, 90)}, live{'' if cases > 1 else 's'} in "
        f"{district} District.",
        "A spokesman for the CHP urged members of the public to maintain good personal and environmental "
        "hygiene, and to seek medical advice promptly if they feel unwell.",
        f"Epidemiological investigations are ongoing. {rng.randint(0, 4)} of the patients have been admitted to "
        f"public hospitals and are in stable condition. Their household contacts have remained asymptomatic and "
        f"have been put under medical surveillance.",
        f"So far this year, {rng.randint(5, 300)} cases of {disease} have been recorded, compared with "
        f"{rng.randint(5, 300)} cases in the same period last year. Members of the public may visit the CHP's "
        "website for more information on prevention.",
    ]


def traffic(world: World, rng: random.Random, day: date) -> tuple[str, list[str]]:
    district = rng.choice(DISTRICTS)
    return f"Special traffic arrangements in {district}", [
        f"The Transport Department announced today ({md(day)}) that special traffic arrangements will be "
        f"implemented in {district} District from {rng.randint(6, 11)} am on {md(day + timedelta(days=3))} to "
        f"facilitate {rng.choice(['road works', 'a charity walk', 'a marathon', 'drainage works'])}.",
        "Motorists are advised to exercise tolerance and patience, and to take heed of instructions of the "
        "Police on site.",
        f"During the period, {rng.choice(['a section of', 'the slow lane of', 'part of'])} the road near "
        f"{rng.choice(DISTRICTS)} will be temporarily closed, and bus routes {rng.randint(1, 99)} and "
        f"{rng.randint(100, 299)} will be diverted. Appropriate traffic signs will be erected on site.",
        "The Transport Department and the Police will closely monitor traffic conditions and may implement "
        "additional measures depending on the situation. Members of the public are advised to use public "
        "transport and to plan their journeys early.",
    ]


def appointments(world: World, rng: random.Random, day: date) -> tuple[str, list[str]]:
    post = rng.choice(world.secretaries)
    secretary = world.holder(post, day)
    board = rng.choice(BOARDS)
    members = [world.names.person("hk") for _ in range(rng.randint(2, 5))]
    chair = world.holder(f"Chairman of the {board}", day, kind="hk")
    return f"Appointments to {board}", [
        f"The Government announced today ({md(day)}) the appointment of {series([m.named for m in members])} as "
        f"members of the {board} for a term of two years. {chair.named} will continue to chair the board.",
        f"{introduce(post, secretary)} thanked the outgoing members for their contribution. "
        f"{secretary.he} said the board would continue to advise the Government on {rng.choice(TOPICS)}.",
        f"The board was set up in {rng.randint(1985, 2015)} and meets about {rng.randint(3, 8)} times a year. "
        "Its membership includes professionals, academics, community leaders and public officers.",
    ]


def council_reply(world: World, rng: random.Random, day: date) -> tuple[str, list[str]]:
    post = rng.choice(world.secretaries)
    secretary = world.holder(post, day)
    member = world.holder("Member of the Legislative Council", day, seat=rng.randrange(90), kind="hk")
    topic = rng.choice(TOPICS)
    department = rng.choice(world.departments)
    districts = rng.sample(DISTRICTS, 3)
    parts = [(f"({letter}) of the number of {what} in {district} District in each of the past "
              f"{rng.randint(2, 5)} years;",
              f"({letter}) {rng.randint(20, 400)} {what} were recorded in {district} District last year, "
              f"{rng.randint(2, 30)} per cent {rng.choice(['more', 'fewer'])} than the year before;")
             for letter, what, district in zip("abc", ("complaints", "projects", "inspections"), districts)]
    return f"LCQ{rng.randint(1, 22)}: {topic.capitalize()}", [
        f"Following is a question by the Hon {member.full} and a written reply by the {post}, "
        f"{secretary.named}, in the Legislative Council today ({md(day)}):",
        f"Question: Members of the public have been concerned about {topic}. Will the Government inform this "
        "Council:",
        *[q for q, _ in parts],
        f"Reply: President, in consultation with the {department}, my reply to the question raised by the "
        f"Hon {member.full} is as follows:",
        *[a for _, a in parts],
        f"The Government has allocated ${rng.randint(10, 900)} million to improve {topic} and will review the "
        f"progress regularly. In the past {rng.randint(2, 5)} years, the departments concerned completed "
        f"{rng.randint(10, 200)} projects, and {rng.randint(5, 60)} more are under planning. The Government will "
        "continue to listen to the views of the district councils and the public, and will report to the "
        "relevant panel of this Council in due course.",
    ]


TEMPLATES: tuple[Template, ...] = (weather, tender, statistics, health, traffic, appointments, council_reply)
WEIGHTS = (3, 4, 3, 3, 3, 2, 3)


def routine_release(world: World, rng: random.Random, day: date) -> tuple[str, list[str]]:
    """A release on ``day`` about something other than intergovernmental relations."""
    return rng.choices(TEMPLATES, WEIGHTS)[0](world, rng, day)
