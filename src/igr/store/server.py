"""Run the Oxigraph SPARQL server over a store directory.

``igr serve`` starts the real ``oxigraph serve-read-only`` (or ``oxigraph serve``
with updates allowed) over the store directory and, while it runs, keeps the record
through which other igr commands find it (:mod:`igr.store.served`).

A read-only server does not lock the directory itself, so the serving process
holds Oxigraph's own lock (``DIR/LOCK``) for it: a build that opens the directory
directly fails with "held by another process" instead of writing under a reader.

Examples
--------
>>> import tempfile
>>> with OxigraphServer(tempfile.mkdtemp(), bind="127.0.0.1:0", allow_update=True) as server:
...     server.url.startswith("http://127.0.0.1:")
True
"""

from __future__ import annotations

import collections
import ctypes
import errno
import fcntl
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import asdict
from pathlib import Path

from igr.errors import StoreError, StoreLocked, StoreNotFound
from igr.store.deadline import DeadlineRelay
from igr.store.location import check_location
from igr.store.served import RECORD_NAME, ServeRecord, host_port, read_record

__all__ = ["DEFAULT_BIND", "RECORD_NAME", "OxigraphServer", "ServeRecord", "find_oxigraph", "read_record"]

DEFAULT_BIND = "127.0.0.1:7878"
"""Loopback only: serving to other machines is a deliberate choice (``--bind 0.0.0.0:7878``)."""

_PR_SET_PDEATHSIG = 1


class OxigraphServer:
    """The ``oxigraph`` SPARQL server running over one store directory.

    Parameters
    ----------
    store_dir : str or Path
        The store directory. It must hold a store, unless updates are allowed
        (then an empty store is created).
    bind : str
        ``HOST:PORT`` to listen on; port 0 picks a free port.
    allow_update : bool
        Serve ``/update`` and Graph Store writes (``oxigraph serve``) instead of
        read-only (``oxigraph serve-read-only``).
    cors : bool
        Allow cross-origin requests (a YASGUI page on another origin).
    timeout_s : int, optional
        Stop queries that run longer than this. Oxigraph cancels a query that
        computes too long; an answer that streams too long is cut by a relay in
        front of it (:mod:`igr.store.deadline`), which then listens on ``bind``.
    binary : str or Path, optional
        The ``oxigraph`` executable; by default the one installed beside Python.
    startup_timeout : float
        Seconds to wait for the server to answer.

    Notes
    -----
    On Linux the server is stopped by the kernel if the thread that started it
    ends, so start it from the main thread (or one that outlives it).

    Examples
    --------
    >>> import tempfile
    >>> with OxigraphServer(tempfile.mkdtemp(), bind="127.0.0.1:0", allow_update=True) as server:
    ...     server.query_url.endswith("/query")
    True
    """

    def __init__(self, store_dir: str | Path, *, bind: str = DEFAULT_BIND, allow_update: bool = False,
                 cors: bool = False, timeout_s: int | None = None, binary: str | Path | None = None,
                 startup_timeout: float = 20.0) -> None:
        self.store_dir = Path(store_dir)
        self.host, self.port = host_port(bind)
        self.allow_update = allow_update
        self.cors = cors
        self.timeout_s = timeout_s
        self.binary = Path(binary) if binary else find_oxigraph()
        self.startup_timeout = startup_timeout
        self.process: subprocess.Popen | None = None
        self.record_written = False
        self._lock_fd: int | None = None
        self._stderr: collections.deque[str] = collections.deque(maxlen=40)
        self._reader: threading.Thread | None = None
        self._relay: DeadlineRelay | None = None
        self._upstream_port: int | None = None

    # -- addresses ---------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """Base URL, e.g. ``http://127.0.0.1:7878`` (what ``--store`` takes)."""
        host = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}.get(self.host, self.host)
        return f"http://{_bracket(host)}:{self.port}"

    @property
    def query_url(self) -> str:
        """The SPARQL query endpoint."""
        return f"{self.url}/query"

    @property
    def update_url(self) -> str | None:
        """The SPARQL update endpoint, or ``None`` when read-only."""
        return f"{self.url}/update" if self.allow_update else None

    @property
    def store_url(self) -> str:
        """The Graph Store Protocol endpoint (reads only when read-only)."""
        return f"{self.url}/store"

    # -- life cycle --------------------------------------------------------------------------

    def start(self) -> OxigraphServer:
        """Start the server and wait until it answers.

        Raises
        ------
        StoreNotFound
            When there is no store to serve read-only.
        StoreLocked
            When another process holds the store or already serves it.
        StoreError
            When the port is taken or the server does not start.
        """
        if self.process is not None:
            raise StoreError("this server is already started")
        self._check_store()
        if self.port == 0:
            self.port = _free_port(self.host)
        listener = self._check_port()
        try:
            self._lock()
        except BaseException:
            if listener is not None:
                listener.close()
            raise
        try:
            if listener is not None:
                self._upstream_port = _free_port("127.0.0.1")
                self._relay = DeadlineRelay(listener, "127.0.0.1", self._upstream_port, self.timeout_s).start()
            self._spawn()
            self._wait_ready()
            self._write_record()
        except BaseException:
            self.stop()
            raise
        return self

    def wait(self, timeout: float | None = None) -> int | None:
        """Wait for the server to end; its exit code, or ``None`` after ``timeout``."""
        if self.process is None:
            return None
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            return None

    def running(self) -> bool:
        """Whether the server process is alive."""
        return self.process is not None and self.process.poll() is None

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 10.0) -> int | None:
        """Send ``sig`` to the server, reap it (killing it after ``timeout``) and clean up.

        Returns the server's exit code (negative: the signal that ended it).
        """
        code = None
        if self.process is not None:
            if self.process.poll() is None:
                try:
                    self.process.send_signal(sig)
                    self.process.wait(timeout)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                except ProcessLookupError:
                    pass
            code = self.process.wait()
            if self.process.stderr is not None:
                self.process.stderr.close()
        if self._reader is not None:
            self._reader.join(timeout=2)
        if self._relay is not None:
            self._relay.stop()
            self._relay = None
        self._remove_record()
        self._unlock()
        return code

    def failure(self) -> str:
        """The server's last error line, for a message when it ended unexpectedly."""
        lines = [line for line in self._stderr if line.strip()]
        errors = [line for line in lines if line.startswith("Error:")]
        return (errors or lines or ["(it printed nothing)"])[-1].removeprefix("Error: ").strip()

    def __enter__(self) -> OxigraphServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- steps -------------------------------------------------------------------------------

    def _check_store(self) -> None:
        path = self.store_dir
        try:
            check_location(path, create=self.allow_update)
        except StoreNotFound as err:
            if not path.exists():
                raise
            raise StoreNotFound(f"{err}, or serve it with --allow-update") from None
        if self.allow_update:
            path.mkdir(parents=True, exist_ok=True)
        record = read_record(path)
        if record is not None:
            raise StoreLocked(f"the store '{path}' is already served at {record.url} by 'igr serve' "
                              f"(pid {record.pid}); use --store {record.url}, or stop that server first")

    def _check_port(self) -> socket.socket | None:
        """Check that the port is free; with a timeout, keep it as the relay's listener."""
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        probe = socket.socket(family, socket.SOCK_STREAM)
        # Oxigraph (Rust) sets SO_REUSEADDR too, so a port in TIME_WAIT is not "taken".
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((self.host, self.port))
            if self.timeout_s:
                probe.listen(128)
                return probe
        except OSError as err:
            probe.close()
            raise StoreError(self._port_message(err)) from None
        probe.close()
        return None

    def _port_message(self, err: OSError | str) -> str:
        where = f"{_bracket(self.host)}:{self.port}"
        text = str(err)
        if getattr(err, "errno", None) == errno.EADDRINUSE or "in use" in text.lower():
            return (f"port {self.port} on {self.host} is taken (another server is listening there); "
                    f"choose a free one with --bind {_bracket(self.host)}:PORT, or stop the other server")
        if getattr(err, "errno", None) == errno.EACCES or "permission denied" in text.lower():
            return f"not allowed to listen on {where}; choose a port above 1023 with --bind {_bracket(self.host)}:PORT"
        if getattr(err, "errno", None) == errno.EADDRNOTAVAIL or "assign" in text.lower():
            return f"this machine has no address {self.host}; use --bind 127.0.0.1:{self.port}"
        return f"cannot listen on {where}: {' '.join(text.split())}"

    def _lock(self) -> None:
        lock_path = self.store_dir / "LOCK"
        try:
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as err:
            if self.allow_update:
                return  # the server itself will say what is wrong
            raise StoreError(f"cannot open '{lock_path}': {err.strerror}") from None
        try:
            # The same kind of lock RocksDB (under Oxigraph) takes: a POSIX record lock.
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise StoreLocked(_held_message(self.store_dir)) from None
        if self.allow_update:
            os.close(fd)  # the read-write server takes the lock itself
        else:
            self._lock_fd = fd

    def _unlock(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None

    def _spawn(self) -> None:
        command = [str(self.binary), "serve" if self.allow_update else "serve-read-only",
                   "--location", str(self.store_dir),
                   "--bind", f"127.0.0.1:{self._upstream_port}" if self._relay else f"{_bracket(self.host)}:{self.port}",
                   "--union-default-graph"]
        if self.cors:
            command.append("--cors")
        if self.timeout_s:
            command += ["--timeout-s", str(int(self.timeout_s))]
        try:
            self.process = subprocess.Popen(
                command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                # Its own session: Ctrl-C reaches only igr, which forwards it and reaps the server.
                start_new_session=True, preexec_fn=_die_with_parent(),
            )
        except OSError as err:
            raise StoreError(f"cannot run the Oxigraph server '{self.binary}': {err.strerror}; "
                             "reinstall it with: pip install oxigraph") from None
        self._reader = threading.Thread(target=self._read_stderr, name="oxigraph-stderr", daemon=True)
        self._reader.start()

    def _read_stderr(self) -> None:
        assert self.process is not None and self.process.stderr is not None
        try:
            for raw in self.process.stderr:
                self._stderr.append(raw.decode("utf-8", "replace").rstrip())
        except (OSError, ValueError):
            pass

    def _wait_ready(self) -> None:
        assert self.process is not None
        deadline = time.monotonic() + self.startup_timeout
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        probe = f"{self.url}/query?query=ASK%7B%7D"
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                if self._reader is not None:
                    self._reader.join(timeout=2)
                raise StoreError(self._start_failure())
            try:
                with opener.open(probe, timeout=1.0) as response:
                    response.read()
                return
            except urllib.error.HTTPError:
                return  # it answers
            except OSError:
                time.sleep(0.05)
        raise StoreError(f"the Oxigraph server did not answer at {self.url} within {self.startup_timeout:g} s: "
                         f"{self.failure()}")

    def _start_failure(self) -> str:
        reason = self.failure()
        if "address already in use" in reason.lower() or "address in use" in reason.lower():
            return self._port_message(reason)
        if "lock" in reason.lower():
            return _held_message(self.store_dir)
        return f"the Oxigraph server did not start: {reason}"

    def _write_record(self) -> None:
        assert self.process is not None
        record = ServeRecord(url=self.url, pid=os.getpid(), server_pid=self.process.pid,
                             allow_update=self.allow_update, store=str(self.store_dir.resolve()),
                             timeout_s=self.timeout_s)
        path = self.store_dir / RECORD_NAME
        tmp = path.with_name(f".{RECORD_NAME}.{os.getpid()}")
        try:
            tmp.write_text(json.dumps(asdict(record), indent=2) + "\n", encoding="utf-8")
            os.replace(tmp, path)
            self.record_written = True
        except OSError:
            # A read-only directory: serving works, other igr commands just cannot find the server.
            self.record_written = False

    def _remove_record(self) -> None:
        if not self.record_written:
            return
        path = self.store_dir / RECORD_NAME
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
            if record.get("server_pid") == (self.process.pid if self.process else None):
                path.unlink()
        except (OSError, ValueError):
            pass
        self.record_written = False


def find_oxigraph() -> Path:
    """The ``oxigraph`` executable installed with igr (the PyPI package ``oxigraph``).

    Raises
    ------
    StoreError
        When it is not installed.
    """
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file():
        return beside
    found = shutil.which("oxigraph")
    if found:
        return Path(found)
    raise StoreError("the Oxigraph server is not installed; install it with: pip install oxigraph")


def _held_message(path: Path) -> str:
    return (f"the store '{path}' is held by another process (an 'igr build', or an Oxigraph server?); "
            "wait for it to finish or stop it, then run 'igr serve' again")


def _bracket(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def _free_port(host: str) -> int:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


def _die_with_parent():
    """A pre-exec hook that makes Linux stop the server if igr is killed outright."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None

    def hook() -> None:
        prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)

    return hook
