"""What every command shares: the store option, error reporting, the console."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from rich.console import Console

from igr.errors import IgrError

DEFAULT_STORE = "igr-store"

StoreOption = Annotated[
    str,
    typer.Option("--store", "-s", help="Store directory, or the URL of a SPARQL server.", show_default=True),
]

console = Console(stderr=True, highlight=False, soft_wrap=True)
"""Progress and summaries go to stderr so that results on stdout can be piped."""

out = Console(highlight=False, soft_wrap=True)

F = TypeVar("F", bound=Callable)


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print ``Error: message`` on stderr and return the exit to raise."""
    print(f"Error: {message}", file=sys.stderr)
    return typer.Exit(code)


def reports_errors(func: F) -> F:
    """Turn library errors (and a few OS ones) into a one-line error and exit 1."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except IgrError as err:
            raise fail(str(err)) from None
        except KeyboardInterrupt:
            raise fail("interrupted; what was written is consistent, run the same command again to resume", 130) from None
        except (OSError, UnicodeError) as err:
            raise fail(str(err)) from None

    return wrapper  # type: ignore[return-value]


def notice_incomplete(store) -> None:
    """Say on stderr when the store holds part of a build (running, or interrupted)."""
    from igr.store.state import build_state

    state = build_state(store)
    if state is not None:
        console.print(f"[yellow]Warning:[/] {state.message(store.location)}", highlight=False)


def existing_file(path: Path) -> Path:
    """Raise a clear error if ``path`` is not a readable file."""
    if not path.is_file():
        raise IgrError(f"no such file: '{path}'")
    return path
