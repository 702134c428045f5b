"""Releases written for the robustness tests: short, varied, fictional officials in real places."""

from __future__ import annotations

import json
from pathlib import Path

OFFICIALS = [("Mr", "Chan Tai-man", "Secretary for Commerce and Economic Development"),
             ("Ms", "Wong Mei-ling", "Secretary for Home and Youth Affairs"),
             ("Mr", "Lau Ka-fai", "Secretary for Innovation, Technology and Industry"),
             ("Dr", "Ho Siu-wai", "Secretary for Health"),
             ("Ms", "Cheung Yee-man", "Secretary for Culture, Sports and Tourism")]
PLACES = [("Shanghai", "Mayor", "Mr Zhou Wei"), ("Shenzhen", "Mayor", "Mr Liang Jun"),
          ("Guangzhou", "Vice Mayor", "Ms Xu Ling"), ("Chengdu", "Mayor", "Mr Tang Hao"),
          ("Wuhan", "Vice Mayor", "Mr Peng Bo"), ("Xiamen", "Mayor", "Ms Lin Fang")]
AREAS = ["finance", "innovation and technology", "culture", "youth exchanges", "trade", "tourism", "health care"]


def release(n: int) -> tuple[str, str]:
    """The title and body of release number ``n`` (all different)."""
    honorific, name, post = OFFICIALS[n % len(OFFICIALS)]
    city, title, host = PLACES[n % len(PLACES)]
    area, other = AREAS[n % len(AREAS)], AREAS[(n + 3) % len(AREAS)]
    day = 1 + n % 28
    head = f"{post.split(' for ')[0]} visits {city} ({n})"
    body = (f"The {post}, {honorific} {name}, arrived in {city} today (June {day}) to promote co-operation "
            f"in {area}. {honorific} {name.split()[0]} met the {title} of {city}, {host}, and the two "
            f"sides discussed the city’s plans for {other}.\n\n"
            f"{honorific} {name.split()[0]} also visited the Hong Kong Economic and Trade Office in {city} and "
            f"attended a forum on {area} with {n % 40 + 10} business representatives.")
    return head, body


def write_release(folder: Path, n: int, suffix: str = ".txt", encoding: str = "utf-8") -> Path:
    """Write release ``n`` as a file of the given format, with a url and a date."""
    title, body = release(n)
    url = f"https://example.gov.hk/press/2024/06/{n:04d}.htm"
    path = folder / f"{n:04d}{suffix}"
    if suffix == ".md":
        text = f"# {title}\n\nurl: {url}\ndate: 2024-06-{1 + n % 28:02d}\n\n{body}\n"
    elif suffix == ".html":
        paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
        text = (f"<html><head><title>{title}</title><link rel='canonical' href='{url}'>"
                f"<meta name='date' content='2024-06-{1 + n % 28:02d}'></head><body><main>{paragraphs}</main></body></html>")
    elif suffix == ".jsonl":
        text = json.dumps({"title": title, "url": url, "date": f"2024-06-{1 + n % 28:02d}", "text": body}) + "\n"
    else:
        text = f"title: {title}\nurl: {url}\ndate: 2024-06-{1 + n % 28:02d}\n\n{body}\n"
    path.write_bytes(text.encode(encoding))
    return path


def source_keys(store) -> set[str]:
    """The source keys (url, else path) of every document graph in ``store``."""
    rows = store.query("SELECT DISTINCT ?key WHERE { GRAPH ?d { ?d <https://w3id.org/igr/ontology#sourceKey> ?key } }").rows
    return {str(key) for (key,) in rows}
