"""Where igr finds the files it ships beside the code (ontology, lexicon, demo corpus).

Examples
--------
>>> from igr.paths import ontology_dir
>>> (ontology_dir() / "igr.ttl").name
'igr.ttl'
"""

from __future__ import annotations

from pathlib import Path

from igr.errors import OntologyError

_PACKAGE = Path(__file__).resolve().parent
_REPO = _PACKAGE.parents[1]


def ontology_dir() -> Path:
    """Directory holding ``igr.ttl``, ``shapes.ttl`` and ``lexicon/``.

    Raises
    ------
    OntologyError
        If neither the packaged copy nor the source checkout's ``ontology/`` exists.
    """
    for candidate in (_PACKAGE / "ontology", _REPO / "ontology"):
        if candidate.is_dir():
            return candidate
    raise OntologyError(
        "cannot find the ontology/ folder; install igr from its source checkout with "
        "'pip install -e .' so that ontology/ sits beside src/"
    )


def examples_dir() -> Path:
    """The bundled demo corpus folder (``examples/demo``)."""
    return _REPO / "examples" / "demo"
