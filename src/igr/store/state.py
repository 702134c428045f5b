"""Whether a build is running, or was interrupted, in a store: what readers tell their users.

A build marks its start in the book-keeping graph :data:`STATE_GRAPH`, one triple
``build:run build:startedAt "…"^^xsd:dateTime`` in its own transaction, and drops the
graph in its last transaction. While the triple is there the store holds part of a
build: a reader (``igr stats``, ``validate``, ``analyze``, ``igr.open``) says so.
Whether that build still runs is read from the write lock on the store folder
(``DIR/LOCK``), tested without being taken.

Examples
--------
>>> import tempfile
>>> from igr.store import open_store
>>> store = open_store(tempfile.mkdtemp() + "/s", create=True)
>>> build_state(store) is None
True
>>> mark_started(store)
>>> build_state(store).started[:2]
'20'
>>> mark_finished(store)
>>> build_state(store) is None
True
"""

from __future__ import annotations

import fcntl
import os
import struct
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from rdflib import Literal
from rdflib.namespace import XSD

from igr.store.base import TripleStore
from igr.vocab import BUILD

STATE_GRAPH = BUILD["state"]
"""Book-keeping graph that holds the marker of a build in progress (never exported)."""

RUN = BUILD["run"]
STARTED_AT = BUILD["startedAt"]


class IncompleteBuild(UserWarning):
    """The store holds part of a build (the notebook API warns with it)."""


@dataclass(frozen=True)
class BuildState:
    """A build that started and has not finished: ``running`` now, or interrupted."""

    started: str
    running: bool

    def message(self, location: str) -> str:
        """One sentence for the user."""
        if self.running:
            return (f"a build of '{location}' is running (started {self.started}): "
                    "what is shown is the part committed so far")
        return (f"the last build of '{location}' was interrupted (started {self.started}): "
                "the store holds part of it; run the same 'igr build' again to finish it")


def build_state(store: TripleStore) -> BuildState | None:
    """The unfinished build of ``store``, or ``None`` when the last build finished."""
    rows = store.query(f"SELECT ?t WHERE {{ GRAPH <{STATE_GRAPH}> {{ <{RUN}> <{STARTED_AT}> ?t }} }}").rows
    if not rows or rows[0][0] is None:
        return None
    started = str(rows[0][0])
    running = True
    if not str(store.location).startswith(("http://", "https://", "sparql+")):
        running = _locked(Path(store.location) / "LOCK")
    return BuildState(started=started, running=running)


def mark_started(store: TripleStore) -> None:
    """Record, in one transaction, that a build starts (a build's first write)."""
    now = datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    store.replace_graph(STATE_GRAPH, [(RUN, STARTED_AT, Literal(now, datatype=XSD.dateTime))])


def mark_finished(store: TripleStore) -> None:
    """Record that the build finished (a build's last write)."""
    store.replace_graph(STATE_GRAPH, [])


def _locked(lock: Path) -> bool:
    """Whether a process holds a POSIX write lock on ``lock`` (F_GETLK: tested, never taken)."""
    try:
        fd = os.open(lock, os.O_RDONLY)
    except OSError:
        return False
    try:
        # struct flock {short l_type; short l_whence; off_t l_start; off_t l_len; pid_t l_pid;}
        probe = struct.pack("@hhqqi4x", fcntl.F_WRLCK, os.SEEK_SET, 0, 0, 0)
        answer = fcntl.fcntl(fd, fcntl.F_GETLK, probe)
        return struct.unpack("@hhqqi4x", answer)[0] != fcntl.F_UNLCK
    except OSError:
        return False
    finally:
        os.close(fd)
