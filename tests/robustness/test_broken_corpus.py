"""A corpus with 5% broken files: the rest builds, and each broken file is reported once."""

import random
from collections import Counter

import pytest

from igr.build import build_corpus
from igr.store import open_store
from igr.validate import validate_store
from tests.robustness.corpus import release, source_keys, write_release

pytestmark = pytest.mark.model

GOOD = 95
FORMATS = [(".txt", "utf-8"), (".md", "utf-8"), (".html", "utf-8"), (".txt", "cp1252"), (".txt", "utf-16"),
           (".jsonl", "utf-8"), (".md", "utf-16-le")]


def _formats():
    return [FORMATS[n % len(FORMATS)] for n in range(GOOD)]


def _broken_corpus(root, max_length):
    rng = random.Random(5)
    for n in range(GOOD):
        suffix, encoding = FORMATS[n % len(FORMATS)]
        write_release(root, n, suffix, encoding)
    (root / "README.md").write_text("Releases collected for the robustness test.\n")
    data = write_release(root, GOOD, ".txt").read_bytes()  # UTF-8 with two damaged bytes
    (root / f"{GOOD:04d}.txt").unlink()
    (root / "bad-bytes.txt").write_bytes(data[:150] + b"\xff" + data[150:300] + b"\xc3\x28" + data[300:])
    (root / "empty.txt").write_bytes(b"  \n\n")
    (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + rng.randbytes(3000))
    lines = [write_release(root, n, ".jsonl").read_text() for n in (GOOD + 1, GOOD + 2, GOOD + 3)]
    for n in (GOOD + 1, GOOD + 2, GOOD + 3):
        (root / f"{n:04d}.jsonl").unlink()
    (root / "truncated.jsonl").write_text(lines[0] + lines[1] + lines[2][:120])
    title, body = release(GOOD + 4)
    paragraphs = "\n\n".join(release(GOOD + 4 + k)[1] for k in range(max_length // len(body) * 3))
    (root / "huge.txt").write_text(f"title: {title}\nurl: https://example.gov.hk/huge.htm\n\n{paragraphs}")
    assert len(paragraphs) > 2 * max_length


def test_five_percent_broken_files(tmp_path, extractor, monkeypatch):
    monkeypatch.setattr(extractor.nlp, "max_length", 5_000)  # "huge" for the model, quick for the test
    root = tmp_path / "corpus"
    root.mkdir()
    _broken_corpus(root, 5_000)
    files = sorted(p.name for p in root.iterdir())
    broken = ["bad-bytes.txt", "binary.txt", "empty.txt", "huge.txt", "truncated.jsonl"]
    assert len(files) == GOOD + len(broken) + 1 and len(broken) / (len(files) - 1) == 0.05
    with open_store(tmp_path / "store", create=True) as store:
        report = build_corpus([root], store, extractor=extractor)
        keys = source_keys(store)
        validation = validate_store(store)

    reported = Counter(s.path.rsplit("/", 1)[-1] for s in report.skipped)
    assert reported == Counter({"README.md": 1, "empty.txt": 1, "binary.txt": 1, "truncated.jsonl#3": 1})
    reasons = {s.path.rsplit("/", 1)[-1]: s.reason for s in report.skipped}
    assert reasons["empty.txt"] == "empty file" and reasons["binary.txt"] == "binary file, not text"
    assert reasons["truncated.jsonl#3"].startswith("not valid JSON (Unterminated string")
    warned = Counter(w.rsplit("/", 1)[-1].split(": ", 1)[1] for w in report.warnings)
    assert warned == Counter({"not UTF-8: read as cp1252 (detected)": sum(f == (".txt", "cp1252") for f in _formats()),
                              "2 undecodable byte sequence(s) replaced with U+FFFD (read as utf-8)": 1})
    assert [w for w in report.warnings if "undecodable" in w][0].startswith(str(root / "bad-bytes.txt"))

    # every good release, the damaged one, the two whole JSONL lines and the huge release are built
    expected = {f"https://example.gov.hk/press/2024/06/{n:04d}.htm" for n in range(GOOD + 3)}
    assert keys == expected | {"https://example.gov.hk/huge.htm"} and report.documents == GOOD + 4
    assert validation.conforms, validation.violations[:3]
