"""The `kg` command: a thin layer over the library; user mistakes become one `Error: …` line."""

from __future__ import annotations

import click

from .. import __version__
from ..data import DataError
from .build import build, extract
from .common import fail
from .eval import eval_
from .query import query
from .validate import validate
from .view import stats, view


class Main(click.Group):
    """The command group; a bad line in one of cppcc-kg's own data files ends any command with one line."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except DataError as err:
            fail(f"{err} (a data file of cppcc-kg itself: correct that line)")


@click.group(cls=Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Build a knowledge graph of CPPCC work reports, query it with SPARQL and explore it as HTML."""


for command in (build, extract, query, view, stats, eval_, validate):
    main.add_command(command)
