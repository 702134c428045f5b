"""The extractor's version changes with its code, its lexicon and its model's release."""

import shutil
from importlib import metadata

from igr.extract.extractor import EXTRACTOR_VERSION, Extractor, fingerprint
from igr.extract.pipeline import FALLBACKS
from igr.paths import ontology_dir


def _lexicon_copy(tmp_path):
    folder = tmp_path / "lexicon"
    shutil.copytree(ontology_dir() / "lexicon", folder)
    return folder


def test_a_copy_of_the_lexicon_has_the_same_fingerprint(tmp_path):
    assert fingerprint(_lexicon_copy(tmp_path)) == fingerprint()


def test_an_edited_lexicon_entry_changes_the_version(tmp_path):
    folder = _lexicon_copy(tmp_path)
    before = Extractor(lexicon_dir=folder).version
    places = folder / "places.json"
    places.write_text(places.read_text(encoding="utf-8").replace('"Shenzhen"', '"Shenzhen City"', 1), encoding="utf-8")
    after = Extractor(lexicon_dir=folder).version
    assert before != after
    assert before.startswith(EXTRACTOR_VERSION) and after.startswith(EXTRACTOR_VERSION)


def test_a_new_lexicon_file_changes_the_fingerprint(tmp_path):
    folder = _lexicon_copy(tmp_path)
    before = fingerprint(folder)
    (folder / "extra.json").write_text("{}", encoding="utf-8")
    assert fingerprint(folder) != before


def test_the_version_names_the_model_and_its_release():
    release = ""
    for package in ("en_core_web_sm", FALLBACKS["en_core_web_sm"]):
        try:
            release = metadata.version(package)
            break
        except metadata.PackageNotFoundError:
            continue
    assert release  # the model is installed as a package (from PyPI)
    assert Extractor().version.endswith(f":en_core_web_sm=={release}")


def test_a_model_given_by_path_has_no_release(tmp_path):
    assert Extractor(model=str(tmp_path / "model")).version.endswith(f":{tmp_path / 'model'}")
