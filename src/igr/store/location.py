"""What igr takes for a store folder, checked before anything is written.

A folder is a store when it holds Oxigraph's own files (``CURRENT`` and a
``MANIFEST-*``), so every store made by igr (or by Oxigraph) stays readable without
a marker of igr's own. A missing or empty folder is a place for a new store. Any
other folder with files in it (a folder of releases, say) is refused and nothing
is written into it.

Examples
--------
>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> (folder / "release.txt").write_text("The Chief Executive visited Shenzhen.")
37
>>> check_location(folder, create=True)
Traceback (most recent call last):
...
igr.errors.StoreError: '...' is not an igr store (it holds release.txt); igr wrote nothing into it. Give --store a new or empty folder, or the folder of a store
"""

from __future__ import annotations

from pathlib import Path

from igr.errors import StoreError, StoreNotFound

IGNORED = frozenset({"igr-serve.json"})
"""Files igr itself may put into a folder before it is a store."""


def is_store(path: Path) -> bool:
    """Whether ``path`` is a folder holding an Oxigraph store.

    Examples
    --------
    >>> import tempfile
    >>> is_store(Path(tempfile.mkdtemp()))
    False
    """
    try:
        return (path / "CURRENT").is_file() and any(p.name.startswith("MANIFEST-") for p in path.iterdir())
    except OSError:
        return False


def check_location(path: Path, *, create: bool) -> None:
    """Refuse what is not a store (or, with ``create``, not a place for a new one), before anything is written.

    Raises
    ------
    StoreNotFound
        When nothing is there (or an empty folder) and ``create`` is false.
    StoreError
        When ``path`` is a file, or a folder with files that are not a store.
    """
    if not path.exists():
        if not create:
            raise StoreNotFound(f"no store at '{path}'; build one first with: igr build PATH --store {path}")
        return
    if not path.is_dir():
        raise StoreError(f"'{path}' is a file, not a store directory")
    if is_store(path):
        return
    try:
        names = sorted(p.name for p in path.iterdir() if p.name not in IGNORED)
    except OSError as err:
        raise StoreError(f"cannot read the folder '{path}': {err.strerror}") from None
    if not names:
        if create:
            return
        raise StoreNotFound(f"'{path}' is an empty folder, not a store; build one with: igr build PATH --store {path}")
    shown = ", ".join(names[:3]) + (", ..." if len(names) > 3 else "")
    raise StoreError(f"'{path}' is not an igr store (it holds {shown}); igr wrote nothing into it. "
                     "Give --store a new or empty folder, or the folder of a store")


