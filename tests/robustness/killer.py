"""Run the real ``igr`` CLI and SIGKILL it at a chosen point of a build (used by test_kill.py).

    python killer.py PHASE SEED EVENTS -- igr arguments...

PHASE says where the kill lands; SEED picks which of its first EVENTS occurrences (and how
long after it):

- ``read``: at the n-th file read, before any store write of it;
- ``extract``: inside the n-th extraction (in this process, ``--workers 1``);
- ``workers``: while worker processes extract, some random milliseconds after the n-th
  batch is handed to them (``--workers 2``);
- ``write``: 0-20 ms after the n-th store transaction starts (often inside it).

The process kills itself with SIGKILL, as ``kill -9`` would: no handler, no clean-up.
Before it dies it prints ``KILL phase n`` on stderr, so the test knows the point was reached.
"""

from __future__ import annotations

import os
import random
import signal
import sys
import threading


def main() -> None:
    phase, seed, events, rest = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:]
    args = rest[1:] if rest and rest[0] == "--" else rest
    rng = random.Random(seed)
    target = rng.randint(1, events)
    delay = rng.uniform(0, 0.02)
    seen = 0

    def die(now: bool = True) -> None:
        print(f"KILL {phase} {target}", file=sys.stderr, flush=True)
        if now:
            os.kill(os.getpid(), signal.SIGKILL)
        threading.Timer(delay if phase == "write" else 0.2 + 20 * delay, os.kill, (os.getpid(), signal.SIGKILL)).start()

    def counted(original, now: bool):
        def wrapper(*a, **k):
            nonlocal seen
            seen += 1
            if seen == target:
                die(now)
            return original(*a, **k)
        return wrapper

    if phase == "read":
        import igr.ingest.discover as discover
        discover._read_file = counted(discover._read_file, now=True)
    elif phase == "extract":
        from igr.extract.extractor import Extractor
        Extractor.from_doc = counted(Extractor.from_doc, now=True)
    elif phase == "workers":
        import igr.build.pipeline as pipeline
        original = pipeline._batches

        def batches(documents, sent):
            for batch in original(documents, sent):
                yield batch
                counted(lambda: None, now=False)()
        pipeline._batches = batches
    elif phase == "write":
        from igr.store.local import LocalStore
        LocalStore.update = counted(LocalStore.update, now=False)
    else:
        raise SystemExit(f"unknown phase {phase!r}")

    from igr.cli import main as igr
    sys.argv = ["igr", *args]
    igr()


if __name__ == "__main__":
    main()
