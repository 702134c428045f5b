"""Build or update a store from press releases: the library behind ``igr build``.

:mod:`igr.build.pipeline` streams the sources, skips what the store already holds,
and writes each document's graph; :mod:`igr.build.executors` runs extraction in this
process, in worker processes, or (:mod:`igr.build.cluster`) on a Dask cluster.
"""

from igr.build import cluster  # noqa: F401 - registers the 'dask' executor (distributed is imported on use)
from igr.build.executors import EXECUTORS, Executor, ExtractorSpec, InProcessExecutor, ProcessExecutor, make_executor
from igr.build.pipeline import BuildReport, build_corpus

__all__ = ["EXECUTORS", "BuildReport", "Executor", "ExtractorSpec", "InProcessExecutor", "ProcessExecutor",
           "build_corpus", "make_executor"]
