"""What ingest found reaches the user: ``igr build`` lists warnings, duplicates and notes once each."""

import pytest
from typer.testing import CliRunner

from igr.cli import app
from tests.robustness.corpus import write_release

pytestmark = pytest.mark.model


def test_build_summary_names_repairs_duplicates_and_notes(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    data = write_release(corpus, 1).read_bytes()
    (corpus / "0001.txt").write_bytes(data[:120] + b"\xff" + data[120:])  # one damaged byte
    (corpus / "copy.txt").write_bytes(data)  # same url as 0001.txt
    write_release(corpus, 2, encoding="utf-16")
    (corpus / "README.md").write_text("Releases for a test.\n")
    (corpus / "zh.txt").write_text("香港特別行政區行政長官今日在禮賓府會見到訪的上海市市長，雙方就加強兩地合作交換意見。")
    result = CliRunner().invoke(app, ["build", str(corpus), "--store", str(tmp_path / "store"), "--workers", "1"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "2 documents" in out and "1 warning(s):" in out
    assert f"{corpus / '0001.txt'}: 1 undecodable byte sequence(s) replaced with U+FFFD (read as utf-8)" in out
    assert f"{corpus / 'copy.txt'}: same url (https://example.gov.hk/press/2024/06/0001.htm) as {corpus / '0001.txt'}" in out
    assert f"{corpus / 'README.md'}: not a release" in out
    assert f"{corpus / 'zh.txt'}: not English (mostly CJK characters)" in out
    assert out.count(str(corpus / "copy.txt")) == 1 and out.count(str(corpus / "zh.txt")) == 1
