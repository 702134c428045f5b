"""The ``igr`` command: a thin layer over the library.

Each command parses its arguments, calls one library function and formats the
result. Library errors (:class:`igr.errors.IgrError`) become one line
``Error: ...`` on stderr and exit code 1, never a traceback.
"""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="igr",
    help="Build and query knowledge graphs of intergovernmental relations from press releases.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Each module defines ``register(app)``; one module per command family.
COMMAND_MODULES = ("build", "query", "export", "validate", "stats", "eval", "analyze", "view", "serve", "synth", "fetch")

for _name in COMMAND_MODULES:
    try:
        _module = importlib.import_module(f"igr.cli.{_name}")
    except ModuleNotFoundError as _err:  # a command family not written yet
        if _err.name != f"igr.cli.{_name}":
            raise
        continue
    _module.register(app)


def main() -> None:
    """Entry point of the ``igr`` console script."""
    app()
