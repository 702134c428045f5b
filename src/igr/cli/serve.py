"""``igr serve``: the store as a SPARQL endpoint (the Oxigraph server), until Ctrl-C."""

from __future__ import annotations

import signal
from typing import Annotated

import typer

from igr.cli.common import DEFAULT_STORE, StoreOption, console, fail, out, reports_errors
from igr.store.remote import is_remote
from igr.store.server import DEFAULT_BIND, OxigraphServer


class _Stop(Exception):
    """A stop signal (SIGINT, SIGTERM, SIGHUP) reached ``igr serve``."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def register(app: typer.Typer) -> None:
    """Add ``igr serve`` to the app."""

    @app.command("serve")
    @reports_errors
    def serve(
        store: StoreOption = DEFAULT_STORE,
        bind: Annotated[str, typer.Option("--bind", "-b", help="HOST:PORT to listen on (port 0: any free port).")]
        = DEFAULT_BIND,
        allow_update: Annotated[bool, typer.Option(
            "--allow-update", help="Accept SPARQL updates and Graph Store writes (read-only without it).")] = False,
        cors: Annotated[bool, typer.Option("--cors", help="Allow cross-origin requests (a YASGUI page elsewhere).")]
        = False,
        timeout: Annotated[int | None, typer.Option(
            "--timeout", help="Stop queries that run longer than this many seconds.", min=1)] = None,
    ) -> None:
        """Serve a store over SPARQL with the Oxigraph server, until Ctrl-C.

        Read-only unless --allow-update. While it runs, other igr commands given the same --store reach the store through the server.

        Example: igr serve --store igr-store --bind 127.0.0.1:7878
        """
        if is_remote(store):
            raise fail(f"'{store}' is already a server; give igr serve a store directory")
        server = OxigraphServer(store, bind=bind, allow_update=allow_update, cors=cors, timeout_s=timeout)
        previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}

        def stop(signum, _frame):
            raise _Stop(signum)

        for sig in previous:
            signal.signal(sig, stop)
        try:
            try:
                server.start()
                _announce(server, store)
                code = server.wait()
            except _Stop as request:
                # Forward the signal to the server, reap it, remove the record.
                server.stop(request.signum)
                console.print("Stopped.")
                return
            except BaseException:
                server.stop()
                raise
            server.stop()
            raise fail(f"the Oxigraph server stopped unexpectedly (exit code {code}): {server.failure()}")
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)


def _announce(server: OxigraphServer, store: str) -> None:
    mode = "read-write" if server.allow_update else "read-only"
    console.print(f"Serving the store '{store}' ({mode}) with Oxigraph:")
    out.print(f"SPARQL query:  {server.query_url}")
    if server.update_url:
        out.print(f"SPARQL update: {server.update_url}")
    out.print(f"Graph store:   {server.store_url}" + ("" if server.allow_update else "  (read-only)"))
    out.print(f"Browser:       {server.url}/  (YASGUI)")
    if server.record_written:
        console.print(f"Other igr commands with --store {store} now use this server. Press Ctrl-C to stop.")
    else:
        console.print(f"Other igr commands reach it with --store {server.url}. Press Ctrl-C to stop.")
