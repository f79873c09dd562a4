"""Commands that make a workspace of one's own."""

from __future__ import annotations

from pathlib import Path

import click

from . import cli
from .common import taxonomy_of, user_errors


@cli.command()
@click.argument("directory", default=".", type=click.Path(file_okay=False))
@click.option("--starter", is_flag=True, help="Include leaderdeck's starter corpus in the deck.")
@click.pass_context
def init(ctx, directory, starter) -> None:
    """Start a workspace of your own in DIRECTORY (default: here).

    Writes source/ with one example note of each kind, decks/prep.yaml, the
    workspace's key (leaderdeck.toml: commit it), a JSON Schema for your editor,
    a .gitignore and a short README. It builds at once. Nothing existing is
    replaced.

    \b
    Examples:
      leaderdeck init prep && cd prep && leaderdeck build
      leaderdeck init --starter
    """
    from ..scaffold import init_workspace

    with user_errors():
        workspace = init_workspace(Path(directory), taxonomy_of(ctx), starter=starter)
    click.echo(f"Started a workspace in {workspace.root}: {len(workspace.files)} files")
    step = f"cd {directory} && " if directory != "." else ""
    click.echo(f"Next: {step}leaderdeck build, then open decks/prep.apkg with Anki.")
