"""``igr serve`` as a user runs it: a subprocess, stopped with Ctrl-C (SIGINT) or SIGTERM."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import URIRef

from igr.store import LocalStore, open_store
from igr.store.remote import RemoteStore
from igr.store.served import RECORD_NAME

IGR = [str(Path(sys.executable).with_name("igr"))] if Path(sys.executable).with_name("igr").exists() else [
    sys.executable, "-c", "from igr.cli import main; main()"]
ENV = {**os.environ, "PYTHONUNBUFFERED": "1", "COLUMNS": "200"}


def igr(*args, timeout=60):
    return subprocess.run([*IGR, *args], capture_output=True, text=True, timeout=timeout, env=ENV)


def start(*args):
    """Start ``igr serve`` and wait for its endpoint lines; return the process and the query URL."""
    process = subprocess.Popen([*IGR, "serve", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, env=ENV)
    deadline = time.monotonic() + 30
    lines = []
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        lines.append(line)
        if line.startswith("Browser:"):
            url = re.search(r"SPARQL query:\s+(\S+)", "".join(lines)).group(1)
            return process, url, "".join(lines)
    process.kill()
    pytest.fail(f"igr serve did not start: {''.join(lines)}{process.stderr.read()}")


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie still answers kill(0); look at its state
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return False


@pytest.fixture()
def store_dir(tmp_path, sample):
    path = tmp_path / "store"
    store = LocalStore(path, create=True)
    sample.fill(store)
    store.close()
    return path


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_serve_prints_endpoints_answers_and_stops_cleanly(store_dir, sig):
    process, url, printed = start("--store", str(store_dir), "--bind", "127.0.0.1:0")
    base = url.removesuffix("/query")
    try:
        assert printed.splitlines() == [f"SPARQL query:  {base}/query", f"Graph store:   {base}/store  (read-only)",
                                        f"Browser:       {base}/  (YASGUI)"]
        record = (store_dir / RECORD_NAME).read_text()
        server_pid = int(re.search(r'"server_pid": (\d+)', record).group(1))
        # other igr commands given the directory go through the server
        store = open_store(store_dir)
        assert isinstance(store, RemoteStore)
        assert store.query("ASK { ?s ?p ?o }").boolean is True
        result = igr("query", "SELECT (COUNT(*) AS ?n) WHERE { ?p a igr:Person }", "--store", str(store_dir),
                     "--format", "csv")
        assert result.returncode == 0, result.stderr
        assert result.stdout == "n\n4\n"
    finally:
        process.send_signal(sig)
        code = process.wait(timeout=30)
    stderr = process.stderr.read()
    assert code == 0, stderr
    assert stderr.splitlines()[-1] == "Stopped."
    assert not pid_alive(server_pid)  # the Oxigraph server was stopped and reaped
    assert not (store_dir / RECORD_NAME).exists()
    assert isinstance(open_store(store_dir), LocalStore)  # the directory is free again


def test_serve_with_updates_prints_the_update_endpoint_and_accepts_writes(store_dir):
    process, url, printed = start("--store", str(store_dir), "--bind", "127.0.0.1:0", "--allow-update")
    base = url.removesuffix("/query")
    try:
        assert f"SPARQL update: {base}/update" in printed
        result = igr("query", "ASK { ?s ?p ?o }", "--store", base)
        assert (result.returncode, result.stdout.strip()) == (0, "true")
        store = open_store(store_dir)
        assert store.writable
        store.update("INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/a> "
                     "<https://example.org/b> <https://example.org/c> } }")
    finally:
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=30) == 0
    with LocalStore(store_dir, read_only=True) as local:
        assert len(list(local.quads(URIRef("https://example.org/g")))) == 1


def test_a_taken_port_is_one_error_line(store_dir):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = igr("serve", "--store", str(store_dir), "--bind", f"127.0.0.1:{port}")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"Error: port {port} on 127.0.0.1 is taken (another server is listening there); "
        "choose a free one with --bind 127.0.0.1:PORT, or stop the other server"]
    assert not (store_dir / RECORD_NAME).exists()


@pytest.mark.parametrize("mode", [[], ["--allow-update"]])
def test_a_store_held_by_another_process_is_one_error_line(store_dir, mode):
    holder = subprocess.Popen([sys.executable, "-c", "import pyoxigraph, sys, time\n"
                               "s = pyoxigraph.Store(sys.argv[1]); print('held', flush=True); time.sleep(60)",
                               str(store_dir)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        result = igr("serve", "--store", str(store_dir), "--bind", "127.0.0.1:0", *mode)
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"Error: the store '{store_dir}' is held by another process (an 'igr build', or an Oxigraph server?); "
        "wait for it to finish or stop it, then run 'igr serve' again"]


def test_a_store_already_served_is_one_error_line(store_dir):
    process, url, _ = start("--store", str(store_dir), "--bind", "127.0.0.1:0")
    try:
        result = igr("serve", "--store", str(store_dir), "--bind", "127.0.0.1:0")
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=30)
    base = url.removesuffix("/query")
    assert result.returncode == 1
    assert re.fullmatch(
        rf"Error: the store '{re.escape(str(store_dir))}' is already served at {re.escape(base)} by 'igr serve' "
        rf"\(pid \d+\); use --store {re.escape(base)}, or stop that server first\n", result.stderr)


@pytest.mark.parametrize("args, message", [
    (["--store", "no-such-store"], "Error: no store at 'no-such-store'; build one first with: "
                                   "igr build PATH --store no-such-store"),
    (["--store", "http://127.0.0.1:7878"], "Error: 'http://127.0.0.1:7878' is already a server; "
                                            "give igr serve a store directory"),
    (["--bind", "7878"], "Error: --bind '7878' is not HOST:PORT; for example --bind 127.0.0.1:7878"),
])
def test_bad_arguments_are_one_error_line(tmp_path, args, message):
    result = subprocess.run([*IGR, "serve", *args], capture_output=True, text=True, timeout=60, env=ENV, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [message]
