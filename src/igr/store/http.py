"""HTTP/1.1 POSTs to SPARQL servers over kept-alive connections, standard library only.

A new TCP connection per request costs about 3 ms on loopback with the Oxigraph
server (ten times a whole small query), so each thread keeps one connection per
server and reuses it. No proxy is ever used: igr reads no environment, and the
usual server is on the same machine.

Examples
--------
>>> client = Client(timeout=5.0)
>>> client.close()
"""

from __future__ import annotations

import http.client
import socket
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit


class HttpStatus(Exception):
    """The server answered with an error status (the body is its message)."""

    def __init__(self, status: int, message: str, url: str) -> None:
        super().__init__(f"HTTP {status}: {message}")
        self.status = status
        self.message = message
        self.url = url


class Unreachable(Exception):
    """No answer: connection refused, reset, timed out, or not HTTP."""

    def __init__(self, reason: BaseException) -> None:
        super().__init__(str(reason))
        self.reason = reason


_STALE = (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError, ConnectionAbortedError)
"""What a reused connection that the server closed meanwhile raises; the request was not processed."""


class Client:
    """POSTs over one kept-alive connection per thread and server.

    Parameters
    ----------
    timeout : float
        Seconds to wait for the connection and for each read.
    """

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self._local = threading.local()

    @contextmanager
    def post(self, url: str, body: bytes, headers: dict[str, str]) -> Iterator[http.client.HTTPResponse]:
        """POST ``body`` to ``url``; the response, to read within the ``with`` block.

        Raises
        ------
        HttpStatus
            For a status of 300 or more (redirects are not followed).
        Unreachable
            When no HTTP answer comes.
        """
        parts = urlsplit(url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        for attempt in (1, 2):
            connection, reused = self._connection(parts.scheme, parts.hostname or "", parts.port)
            try:
                connection.request("POST", target, body=body, headers=headers)
                response = connection.getresponse()
                break
            except _STALE as err:
                self._drop(parts.scheme, parts.hostname, parts.port)
                if not (reused and attempt == 1):
                    raise Unreachable(err) from None
            except (OSError, http.client.HTTPException) as err:
                self._drop(parts.scheme, parts.hostname, parts.port)
                raise Unreachable(err) from None
        if response.status >= 300:
            try:
                message = response.read().decode("utf-8", "replace")
            except (OSError, http.client.HTTPException):
                message = ""
            if response.status in (301, 302, 303, 307, 308):
                message = f"redirected to {response.getheader('Location')}; use that URL"
            self._settle(response, parts)
            raise HttpStatus(response.status, message, url)
        try:
            yield response
        finally:
            self._settle(response, parts)

    def close(self) -> None:
        """Close this thread's connections."""
        for connection in getattr(self._local, "connections", {}).values():
            connection.close()
        self._local.connections = {}

    def _connection(self, scheme: str, host: str, port: int | None) -> tuple[http.client.HTTPConnection, bool]:
        connections = self._local.__dict__.setdefault("connections", {})
        key = (scheme, host, port)
        if key in connections:
            return connections[key], True
        if scheme == "https":
            connection = http.client.HTTPSConnection(host, port, timeout=self.timeout,
                                                     context=ssl.create_default_context())
        else:
            connection = http.client.HTTPConnection(host, port, timeout=self.timeout)
        connections[key] = connection
        return connection, False

    def _drop(self, scheme: str, host: str | None, port: int | None) -> None:
        connection = self._local.__dict__.get("connections", {}).pop((scheme, host or "", port), None)
        if connection is not None:
            connection.close()

    def _settle(self, response: http.client.HTTPResponse, parts) -> None:
        # A response not read to its end leaves the connection mid-message: drop it.
        if not response.isclosed() or response.will_close:
            response.close()
            self._drop(parts.scheme, parts.hostname, parts.port)


def is_timeout(reason: BaseException) -> bool:
    """Whether an :class:`Unreachable` reason is a timeout."""
    return isinstance(reason, (TimeoutError, socket.timeout))
