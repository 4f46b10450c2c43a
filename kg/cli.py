"""The `kg` command line: thin click commands over the library API."""
from __future__ import annotations

import click

from kg.errors import KgError

__all__ = ["cli", "main"]


class KgGroup(click.Group):
    """Turns every KgError into one line, ``Error: …``, and exit code 1."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KgError as error:
            raise click.ClickException(str(error)) from error


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def cli() -> None:
    """Build a knowledge graph of who did what to whom from Chinese news."""


# -- view (HTML) commands go here --


# -- query command goes here --


def main() -> None:
    cli()
