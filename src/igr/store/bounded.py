"""Run a query where it can be abandoned: in a worker thread, bounded by a deadline and by Ctrl-C.

Oxigraph evaluates a query in native code that Python cannot interrupt, and
``KeyboardInterrupt`` only reaches the main thread. So the work runs in a daemon
thread while the main thread waits in short, interruptible steps: at the deadline
:class:`~igr.errors.QueryTimeout` is raised, on Ctrl-C ``KeyboardInterrupt``, both at
once. The abandoned thread keeps its CPU until the process ends, so a program
that goes on should end soon after (``igr query`` exits at once).

Examples
--------
>>> run_bounded(lambda: 6 * 7, timeout=5)
42
>>> import time
>>> run_bounded(lambda: time.sleep(5), timeout=0.2)
Traceback (most recent call last):
...
igr.errors.QueryTimeout: the query ran longer than 0.2 s and was stopped; add a LIMIT or simplify it, or allow more time with --timeout
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TypeVar

from igr.errors import QueryTimeout

T = TypeVar("T")

DEFAULT_TIMEOUT = 60.0
"""Seconds a query may run before ``igr query`` or ``KnowledgeGraph.query`` stops it."""

_STEP = 0.05
"""Seconds between two looks at the deadline (and chances for Ctrl-C)."""


def run_bounded(work: Callable[[], T], timeout: float | None, *, stop: threading.Event | None = None,
                more_time: str = "--timeout") -> T:
    """``work()``, run in a daemon thread; abandoned after ``timeout`` seconds (none: ``None`` or 0).

    Parameters
    ----------
    work : callable
    timeout : float or None
    stop : threading.Event, optional
        Set when ``work`` is abandoned, so that work reading an answer row by row can
        stop at the next row (and the store stop computing the rows it does not read).
    more_time : str
        How the caller allows more time, named in the timeout message.

    Raises
    ------
    QueryTimeout
        When ``work`` has not finished after ``timeout`` seconds.
    KeyboardInterrupt
        On Ctrl-C, without waiting for ``work``.
    """
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["value"] = work()
        except BaseException as err:  # noqa: BLE001 - handed to the caller's thread
            # Without its traceback: native objects (pyoxigraph answers) held by the frames
            # must be freed in this thread, which made them.
            err.__context__ = err.__cause__ = None
            outcome["error"] = err.with_traceback(None)

    worker = threading.Thread(target=target, name="igr-query", daemon=True)
    worker.start()
    deadline = time.monotonic() + timeout if timeout else None
    try:
        while worker.is_alive():
            step = _STEP if deadline is None else min(_STEP, max(deadline - time.monotonic(), 0.0))
            worker.join(step)
            if deadline is not None and worker.is_alive() and time.monotonic() >= deadline:
                raise QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped; add a LIMIT or "
                                   f"simplify it, or allow more time with {more_time}")
    except BaseException:
        if stop is not None:
            stop.set()
        raise
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]
