"""Extraction on a Dask distributed cluster: ``igr build --executor dask --scheduler tcp://HOST:8786``.

Each Dask worker process loads the model once, when the executor connects (a
:class:`ModelPlugin` fills the worker's extractor cache, :func:`~igr.build.executors.worker_extractor`),
and keeps it for every batch after. The client, which is the process running
``igr build``, sends batches of documents, receives the extraction records in input
order and writes them into the store itself: workers never touch the store, so the
store may be a directory on the client's machine or a SPARQL server only the client
reaches.

Workers need igr and the model installed (the same versions as the client) and no
access to the releases or the store. Start a cluster with, for example::

    dask scheduler                                   # on HOST, listens on :8786
    dask worker tcp://HOST:8786 --nworkers 4 --nthreads 1   # on each machine

One thread per worker process is the efficient setting: spaCy holds the GIL, so
threads of one process take turns (this module serialises them so that a worker
with several threads stays correct).

Examples
--------
>>> from distributed import LocalCluster                              # doctest: +SKIP
>>> cluster = LocalCluster(n_workers=2, threads_per_worker=1)         # doctest: +SKIP
>>> from igr.build import ExtractorSpec, build_corpus, make_executor  # doctest: +SKIP
>>> with make_executor("dask", ExtractorSpec(), scheduler=cluster.scheduler_address) as ex:  # doctest: +SKIP
...     report = build_corpus(["examples/demo"], store, executor=ex)
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable, Iterator, Sequence

from igr.build.executors import EXECUTORS, Executor, ExtractorSpec, Result, extract_batch, worker_extractor
from igr.errors import ClusterError, ModelError
from igr.ingest.document import Document

CONNECT_TIMEOUT = "10s"
"""How long to wait for the scheduler before saying it cannot be reached."""

_LOCK = threading.Lock()
_USED: dict[ExtractorSpec, set[int]] = {}
_BATCHES: dict[ExtractorSpec, int] = {}


def load_model_once(spec: ExtractorSpec) -> str:
    """Make this worker's extractor for ``spec`` (its model loaded) unless it has one; its version."""
    with _LOCK:
        extractor = worker_extractor(spec)
        _USED.setdefault(spec, set()).add(id(extractor))
        return extractor.version


def extract_on_worker(spec: ExtractorSpec, documents: Sequence[Document]) -> list[Result]:
    """One batch on a worker: the cached extractor, one thread at a time."""
    load_model_once(spec)
    with _LOCK:
        _BATCHES[spec] = _BATCHES.get(spec, 0) + 1
        return extract_batch(spec, documents)


def worker_counts(spec: ExtractorSpec) -> tuple[int, int]:
    """(extractors this worker process made for ``spec``, batches it extracted): 1 extractor, whatever the batches."""
    return len(_USED.get(spec, ())), _BATCHES.get(spec, 0)


def _plugin(spec: ExtractorSpec):
    from distributed.diagnostics.plugin import WorkerPlugin

    class ModelPlugin(WorkerPlugin):
        """Loads the model in every worker that joins, once (also in workers that join later)."""

        name = f"igr-model-{spec.model}"

        def setup(self, worker) -> None:
            load_model_once(spec)

    return ModelPlugin()


class DaskExecutor(Executor):
    """Extraction on the workers of a Dask cluster whose scheduler is at ``scheduler``.

    Parameters
    ----------
    spec : ExtractorSpec
        The extractor every worker makes (once) and runs.
    scheduler : str
        The scheduler's address, ``tcp://HOST:8786``.
    """

    def __init__(self, spec: ExtractorSpec, scheduler: str) -> None:
        super().__init__(spec)
        self.scheduler = scheduler
        self.client = None

    def start(self) -> None:
        try:
            from distributed import Client
        except ImportError:
            raise ClusterError("--executor dask needs the 'distributed' package: pip install 'igr[dask]'") from None
        try:
            self.client = Client(self.scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as err:
            raise ClusterError(f"cannot reach the Dask scheduler at {self.scheduler} ({err}); start one with: "
                               "dask scheduler, and workers with: dask worker ADDRESS --nthreads 1") from None
        try:
            self.client.register_plugin(_plugin(self.spec))
            versions = self.client.run(load_model_once, self.spec)
        except Exception as err:  # noqa: BLE001 - a worker's error, reported as one line
            self.close()
            raise ModelError(f"a Dask worker cannot load the spaCy model '{self.spec.model}': {err}; "
                             "install igr and the model on every worker") from None
        if not versions:
            self.close()
            raise ClusterError(f"the Dask scheduler at {self.scheduler} has no workers; start some with: "
                               f"dask worker {self.scheduler} --nthreads 1")
        if set(versions.values()) != {self.version}:
            self.close()
            raise ClusterError(f"Dask workers run another igr or model ({sorted(set(versions.values()))}) than this "
                               f"client ({self.version}); install the same versions everywhere")
        self.window = 2 * sum(self.client.nthreads().values())

    def map(self, batches: Iterable[Sequence[Document]]) -> Iterator[list[Result]]:
        if self.client is None:
            raise ClusterError("the Dask executor is not started; use it in a 'with' block")
        pending: deque = deque()
        try:
            for batch in batches:
                pending.append(self.client.submit(extract_on_worker, self.spec, list(batch), pure=False))
                if len(pending) >= self.window:
                    yield self._result(pending.popleft())
            while pending:
                yield self._result(pending.popleft())
        finally:
            for future in pending:
                future.cancel()

    def _result(self, future) -> list[Result]:
        try:
            return future.result()
        except Exception as err:  # noqa: BLE001 - a lost worker or a broken task, as one line
            raise ClusterError(f"a batch failed on the Dask cluster: {type(err).__name__}: {err}") from None

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None


def _dask(spec: ExtractorSpec, workers: int, options: dict) -> Executor:
    scheduler = options.get("scheduler")
    if not scheduler:
        raise ClusterError("--executor dask needs --scheduler tcp://HOST:8786 (the Dask scheduler's address)")
    return DaskExecutor(spec, scheduler)


EXECUTORS["dask"] = _dask
