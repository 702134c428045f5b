"""``open_store``: the one place that picks a backend for a ``--store`` value.

The backends (:mod:`~igr.store.local`, :mod:`~igr.store.remote`) and the record of a
running server (:mod:`~igr.store.served`) do not import each other; this module
imports them all.

Examples
--------
>>> import tempfile
>>> store = open_store(tempfile.mkdtemp() + "/s", create=True)
>>> type(store).__name__, store.writable
('LocalStore', True)
>>> reader = open_store(store.location, read_only=True)
>>> type(reader).__name__, reader.writable
('LocalStore', False)
"""

from __future__ import annotations

from pathlib import Path

from igr.store.base import TripleStore
from igr.store.local import LocalStore
from igr.store.remote import RemoteStore, is_remote, open_remote
from igr.store.served import read_record


def open_store(location: str | Path, *, create: bool = False, read_only: bool = False) -> TripleStore:
    """Open the store at ``location``.

    Parameters
    ----------
    location : str or Path
        A store directory, or a SPARQL server URL (``http(s)://`` for Oxigraph,
        ``sparql+http(s)://`` for others; see :mod:`igr.store.remote`). A directory
        served by a running ``igr serve`` is reached through that server.
    create : bool
        Create the store when the folder is missing or empty (builds do; reads do not).
    read_only : bool
        Open for reading only: a directory is then opened beside a running build and
        other readers, and shows the last state committed before it was opened
        (``refresh()`` moves it on).

    Raises
    ------
    StoreNotFound
        When ``create`` is false and nothing is there.
    StoreError
        When the folder holds files but no store (nothing is written into it).
    StoreLocked
        When another process writes the directory and ``read_only`` is false.
    """
    text = str(location)
    if is_remote(text):
        return open_remote(text, read_only=read_only)
    record = read_record(text)
    if record is not None:
        hint = None if record.allow_update else (
            f"the store '{text}' is served read-only by 'igr serve' at {record.url} (pid {record.pid}); "
            f"stop that server, or restart it with: igr serve --store {text} --allow-update")
        return RemoteStore(record.url, read_only=read_only or not record.allow_update, read_only_hint=hint,
                           server_timeout=record.timeout_s)
    return LocalStore(Path(text), create=create, read_only=read_only)
