"""A time budget for extracting one document.

A reading that loops on some release would stall a whole archive's build. Each document's extraction
therefore runs under a budget that grows with its length (:func:`seconds_for`: a minute, and a second more
per thousand characters; a release of 50,000 characters, far beyond a long one, takes about a second); a
document that overruns it is reported and skipped like one that fails (:class:`Overrun`), and the build goes
on. The budget is kept with ``SIGALRM``, so only in a process's main thread (where a build extracts); elsewhere
the work runs unbounded.

Examples
--------
>>> seconds_for(0), seconds_for(50_000)
(60.0, 110.0)
>>> with time_budget(5.0):
...     sum(range(10))
45
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

BASE_SECONDS = 60.0
"""The budget of any document, however short."""
SECONDS_PER_THOUSAND_CHARACTERS = 1.0
"""The budget added for each thousand characters."""


class Overrun(TimeoutError):
    """The extraction of a document took longer than its budget and was stopped."""


def seconds_for(characters: int) -> float:
    """The budget, in seconds, of a document of ``characters`` characters."""
    return BASE_SECONDS + SECONDS_PER_THOUSAND_CHARACTERS * characters / 1000


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise :class:`Overrun` in the block once ``seconds`` have passed (main thread only)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def overrun(signum, frame):
        raise Overrun(f"took longer than {seconds:.0f} s and was stopped")

    previous = signal.signal(signal.SIGALRM, overrun)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
