"""The ``eventwire`` command: a Typer app whose subcommands live one per module in ``commands``.

Each module in :mod:`eventwire.cli.commands` exposes ``register(app)``; discovering them here keeps
every command in its own small module, owned by the feature it belongs to.
"""

from __future__ import annotations

import importlib
import pkgutil

import typer

from eventwire.cli import commands

app = typer.Typer(
    name="eventwire",
    help="Political event data from news: who did what to whom, when, where, how surely, and who says so.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _register_commands() -> None:
    for module_info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda info: info.name):
        module = importlib.import_module(f"{commands.__name__}.{module_info.name}")
        module.register(app)


_register_commands()


def main() -> None:
    """Console-script entry point."""
    app()
