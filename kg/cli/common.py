"""Helpers shared by the command modules: errors at the edge, progress only on a terminal."""

from __future__ import annotations

import sys

import click

from ..model import Skipped

EXIT_SKIPPED = 3  # the build finished, but some files could not be read


def fail(message: str) -> None:
    """One line on stderr and exit status 1: how every user mistake ends."""
    click.echo(f"Error: {message}", err=True)
    sys.exit(1)


def warn_skipped(item: Skipped) -> None:
    click.echo(f"skipped {item.path}: {item.reason}", err=True)


def progress(name: str) -> None:
    if sys.stderr.isatty():
        click.echo(f"\rreading {name}\x1b[K", err=True, nl=False)


def end_progress() -> None:
    if sys.stderr.isatty():
        click.echo("\r\x1b[K", err=True, nl=False)
