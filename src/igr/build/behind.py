"""Writing behind extraction: one thread writes what the build extracted, in order, while
the next batch is extracted.

A build's two halves need different things: extraction needs the model (and, in one
process, the CPU), writing needs the store, whose transactions run in Oxigraph's Rust code
without holding Python's lock. So the build hands each extracted batch to a
:class:`WriteBehind`, whose one thread resolves and writes it, document by document, while
the caller extracts the next one. Nothing changes in what is written or in which order:
the documents are written one transaction each, in input order, by one thread.

- At most ``depth`` batches wait for the writer; :meth:`WriteBehind.put` blocks beyond
  (memory stays bounded by the batches in flight).
- An error of the writer (anything it raises, ``KeyboardInterrupt`` included) stops it
  and is raised again in the caller, at its next :meth:`~WriteBehind.put` or at
  :meth:`~WriteBehind.close`.
- When the caller stops on an error of its own, :meth:`~WriteBehind.stop` lets the writer
  finish the document it is writing and drops the batches still waiting: the store is at
  a commit point, and the next build extracts those documents again.

Examples
--------
>>> written = []
>>> with WriteBehind(written.extend) as behind:
...     behind.put([1, 2])
...     behind.put([3])
>>> written
[1, 2, 3]
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")

_END = object()


class Stopped(Exception):
    """Raised inside the writer's ``write`` by :meth:`WriteBehind.stopping` once the caller stopped."""


class WriteBehind(Generic[T]):
    """Calls ``write(item)`` on one thread for each item :meth:`put`, in order.

    Parameters
    ----------
    write : callable
        Writes one item (a batch of extracted documents).
    depth : int
        Items that may wait for the writer before :meth:`put` blocks.

    Examples
    --------
    >>> def write(item):
    ...     if item == "bad":
    ...         raise ValueError("cannot write")
    >>> behind = WriteBehind(write)
    >>> behind.put("bad")
    >>> behind.close()
    Traceback (most recent call last):
    ...
    ValueError: cannot write
    """

    def __init__(self, write: Callable[[T], None], depth: int = 1) -> None:
        self._write = write
        self._queue: queue.Queue = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="igr-write", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is _END:
                return
            if self._error is not None or self._stop.is_set():
                continue  # drain what waits, so that put() never blocks for ever
            try:
                self._write(item)
            except Stopped:
                pass
            except BaseException as err:  # noqa: BLE001 - handed to the caller, whatever it is
                self._error = err

    def put(self, item: T) -> None:
        """Hand ``item`` to the writer; raises the writer's error if it stopped on one."""
        self._raise()
        self._queue.put(item)

    def stopping(self) -> None:
        """Called by ``write`` between two documents: raises :class:`Stopped` once the caller stopped."""
        if self._stop.is_set():
            raise Stopped()

    def close(self) -> None:
        """Wait until everything put is written; raise the writer's error if it stopped on one."""
        self._queue.put(_END)
        self._thread.join()
        self._raise()

    def stop(self) -> None:
        """Stop after the document being written; what still waits is dropped (the caller failed)."""
        self._stop.set()
        self._queue.put(_END)
        self._thread.join()

    def _raise(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def __enter__(self) -> "WriteBehind[T]":
        return self

    def __exit__(self, kind, error, trace) -> None:
        if kind is None:
            self.close()
        else:
            self.stop()
