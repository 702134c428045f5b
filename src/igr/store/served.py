"""Find the ``igr serve`` that holds a store directory, to reach the store through it.

While it runs, ``igr serve`` keeps a record, ``igr-serve.json``, inside the store
directory (Oxigraph ignores files it does not know, and the record is removed on
exit). :func:`read_record` reads it, so that ``open_store(DIR)`` reaches the store
through the server (which may be writing it) instead of opening the directory.
A record whose server no longer runs (its process is gone or its port does not
answer) is ignored. This module only keeps records: it opens no store.

Examples
--------
>>> import tempfile
>>> read_record(tempfile.mkdtemp()) is None
True
"""

from __future__ import annotations

import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from igr.errors import StoreError

RECORD_NAME = "igr-serve.json"
"""File that a running ``igr serve`` keeps inside the store directory."""


@dataclass(frozen=True)
class ServeRecord:
    """What ``igr serve`` writes into the store directory while it runs."""

    url: str
    pid: int
    server_pid: int
    allow_update: bool
    store: str
    timeout_s: int | None = None


def read_record(store_dir: str | Path) -> ServeRecord | None:
    """The record of the server running over ``store_dir``, or ``None``.

    A record left by a server that no longer runs (its process is gone or its
    port does not answer) counts as none.
    """
    path = Path(store_dir) / RECORD_NAME
    try:
        record = ServeRecord(**json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):  # TypeError: a record of another igr version
        return None
    return record if _alive(record) else None


def _alive(record: ServeRecord) -> bool:
    try:
        os.kill(record.server_pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # alive, someone else's
    host, port = host_port(record.url.split("://", 1)[-1].split("/", 1)[0])
    try:
        with socket.create_connection((host, port), timeout=1.0):
            return True
    except OSError:
        return False


def host_port(bind: str) -> tuple[str, int]:
    """``(host, port)`` of ``HOST:PORT`` (``[::1]:7878`` for IPv6; ``localhost`` is 127.0.0.1).

    Examples
    --------
    >>> host_port("localhost:7878"), host_port("[::1]:0")
    (('127.0.0.1', 7878), ('::1', 0))
    """
    text = bind.strip()
    host, sep, port = text.rpartition(":")
    if not sep or not port.isdigit() or int(port) > 65535:
        raise StoreError(f"--bind '{bind}' is not HOST:PORT; for example --bind 127.0.0.1:7878")
    host = host.strip("[]") or "127.0.0.1"
    if host == "localhost":
        host = "127.0.0.1"
    return host, int(port)
