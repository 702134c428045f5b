"""A TCP relay in front of the Oxigraph server that cuts any answer still running past a deadline.

Oxigraph's ``--timeout-s`` cancels a query that computes before it answers, but not an
answer that is already streaming (see ``docs/sparql.md``); what does stop the server's
work is the connection going away. So ``igr serve --timeout N`` listens here and
relays each connection to the server on a private loopback port. When an answer is
not complete ``N`` seconds (plus a grace) after its request (still computing, or still
streaming), both connections are dropped, and the server stops. A client that had no
answer yet gets ``504 Gateway Timeout`` with "The SPARQL query was cancelled by the
server's timeout (N s)"; one that was receiving a streamed answer sees it cut short (a
chunked body without its end). Where an answer ends
is read from its head (``Content-Length``, or the last chunk of a chunked body), so
idle kept-alive connections are left alone. As Oxigraph's own timeout, it bounds
queries only: updates and Graph Store requests (``/update``, ``/store``) run to their end.

Examples
--------
>>> import socket
>>> with socket.create_server(("127.0.0.1", 0)) as echo:
...     relay = DeadlineRelay(socket.create_server(("127.0.0.1", 0)), "127.0.0.1", echo.getsockname()[1], 5)
...     relay.start().listening
True
>>> relay.stop()
"""

from __future__ import annotations

import asyncio
import socket
import threading

GRACE = 1.0
"""Seconds past the deadline before an answer is cut (Oxigraph's own cancellation comes first)."""

_CHUNK = 64 * 1024
_TICK = 0.25
"""Seconds between two looks at the deadline of a connection."""


class _Answer:
    """Where the server's answer to the last request stands: ``done`` once its end is seen."""

    def __init__(self) -> None:
        self.asked()
        self.done = True  # no request yet

    def asked(self, request: bytes = b"") -> None:
        """A request went out (``request``: its first bytes): its answer starts.

        Only queries are bounded, as by Oxigraph's own timeout: not updates nor Graph Store requests.
        """
        target = request.split(b" ", 2)[1] if request.count(b" ") >= 2 else b""
        self.bounded = not target.startswith((b"/update", b"/store"))
        self.done, self.started, self._head, self._in_body = False, False, b"", False
        self._chunked, self._left, self._tail = False, 0, b""

    def feed(self, data: bytes) -> None:
        """Bytes of the answer, as they pass."""
        if self.done:
            return
        self.started = True
        if not self._in_body:
            self._head += data
            if b"\r\n\r\n" not in self._head:
                return
            head, _, data = self._head.partition(b"\r\n\r\n")
            lines = head.split(b"\r\n")
            if b" 100 " in lines[0] + b" ":  # 100 Continue: the real answer follows
                self._head = b""
                self.feed(data)
                return
            fields = {k.strip().lower(): v.strip() for k, _, v in (line.partition(b":") for line in lines[1:])}
            self._chunked = b"chunked" in fields.get(b"transfer-encoding", b"").lower()
            self._left = int(fields.get(b"content-length", b"0") or 0)
            self._in_body, self._tail = True, b"\r\n"
        if self._chunked:
            self._tail = (self._tail + data)[-7:]
            self.done = self._tail == b"\r\n0\r\n\r\n"
        else:
            self._left -= len(data)
            self.done = self._left <= 0


class DeadlineRelay:
    """Relay connections accepted on ``listener`` to ``upstream_host:upstream_port``, cutting late answers.

    Parameters
    ----------
    listener : socket.socket
        A bound, listening socket (bound by the caller, so that a taken port fails at once).
    upstream_host, upstream_port : str, int
        Where the Oxigraph server listens.
    limit : float
        Seconds an answer may run after its request.
    """

    def __init__(self, listener: socket.socket, upstream_host: str, upstream_port: int, limit: float) -> None:
        self.listener = listener
        self.upstream = (upstream_host, upstream_port)
        self.limit = limit
        self.cut = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.base_events.Server | None = None
        self._ready = threading.Event()

    @property
    def listening(self) -> bool:
        """Whether the relay accepts connections."""
        return self._server is not None and self._server.is_serving()

    def start(self) -> DeadlineRelay:
        """Serve in a daemon thread; return once connections are accepted."""
        self._thread = threading.Thread(target=self._run, name="igr-deadline-relay", daemon=True)
        self._thread.start()
        self._ready.wait(10)
        return self

    def stop(self) -> None:
        """Stop accepting, drop every relayed connection, and close the listener."""
        if self._loop is not None and self._loop.is_running():
            self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread is not None:
            self._thread.join(5)
        self.listener.close()

    def _timeout_answer(self) -> bytes:
        body = f"The SPARQL query was cancelled by the server's timeout ({self.limit:g} s)\n".encode()
        return (b"HTTP/1.1 504 Gateway Timeout\r\nContent-Type: text/plain; charset=utf-8\r\n"
                b"Connection: close\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)

    def _run(self) -> None:
        self._loop = asyncio.new_event_loop()
        try:
            self._server = self._loop.run_until_complete(asyncio.start_server(self._relay, sock=self.listener))
            self._ready.set()
            self._loop.run_forever()
        finally:
            self._ready.set()
            for task in asyncio.all_tasks(self._loop):
                task.cancel()
            self._loop.close()

    async def _relay(self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        try:
            server_reader, server_writer = await asyncio.open_connection(*self.upstream)
        except OSError:
            client_writer.transport.abort()
            return
        loop = asyncio.get_running_loop()
        asked = [loop.time()]
        answer = _Answer()

        def late() -> bool:
            return answer.bounded and not answer.done and loop.time() - asked[0] > self.limit + GRACE

        async def requests() -> None:
            while data := await client_reader.read(_CHUNK):
                if answer.done:
                    asked[0] = loop.time()
                    answer.asked(data)
                server_writer.write(data)
                await server_writer.drain()

        async def answers() -> None:
            while data := await server_reader.read(_CHUNK):
                answer.feed(data)
                client_writer.write(data)
                await client_writer.drain()
                if late():
                    return

        async def watch() -> None:
            while not late():
                await asyncio.sleep(_TICK)

        asking, answering = asyncio.ensure_future(requests()), asyncio.ensure_future(answers())
        watching = asyncio.ensure_future(watch())
        both = [asking, answering, watching]
        try:
            done, _ = await asyncio.wait(both, return_when=asyncio.FIRST_COMPLETED)
            if late():
                self.cut += 1
                if not answer.started:  # nothing sent yet: say why, as an HTTP answer
                    client_writer.write(self._timeout_answer())
                    await asyncio.wait_for(client_writer.drain(), 1.0)
            if asking in done and answering not in done and asking.exception() is None:
                server_writer.write_eof()  # the client half-closed after its request: let the answer come
                await answering
        except (asyncio.CancelledError, asyncio.TimeoutError, OSError):
            pass
        finally:
            for task in both:
                task.cancel()
                if task.done() and not task.cancelled():
                    task.exception()  # retrieved: a reset connection is not an error here
            # Dropping the server's connection is what stops its work on a streaming answer.
            server_writer.transport.abort()
            client_writer.transport.abort()
