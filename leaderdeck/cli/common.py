"""Helpers shared by the command modules: error reporting, loading, progress."""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import click

LEVELS = ("senior", "staff", "manager", "director", "executive")
KINDS = ("star", "scenario", "qa")
FORMATS = ("star-page", "scenarios", "numbered-qa", "markdown-star", "csv", "anki-text")
GROUPINGS = ("topic,level", "level,topic", "topic", "level", "none")


class ContentError(click.ClickException):
    """Problems in the user's files: each on its own line, then a summary. Exit 1."""

    def __init__(self, problems: list[str], summary: str) -> None:
        super().__init__(summary)
        self.problems = problems

    def show(self, file=None) -> None:
        for line in self.problems:
            click.echo(line, err=True)
        click.echo(f"Error: {self.message}", err=True)


@contextlib.contextmanager
def user_errors() -> Iterator[None]:
    """Turn library errors into click errors at the edge."""
    from ..errors import LeaderdeckError, SourceErrors

    try:
        yield
    except SourceErrors as exc:
        raise ContentError([str(p) for p in exc.problems], str(exc)) from None
    except LeaderdeckError as exc:
        raise click.ClickException(str(exc)) from None


def taxonomy_of(ctx: click.Context):
    from ..taxonomy import load_taxonomy

    if "taxonomy" not in ctx.meta:
        path = ctx.find_root().params.get("taxonomy")
        with user_errors():
            ctx.meta["taxonomy"] = load_taxonomy(Path(path) if path else None)
    return ctx.meta["taxonomy"]


def load_notes(ctx: click.Context, paths: tuple[str, ...]):
    from ..loader import find_sources, load_sources

    default = not paths
    if default:
        if not Path("source").is_dir():
            raise click.UsageError("no source/ directory here; pass the YAML files or folders to read")
        paths = ("source",)
    taxonomy = taxonomy_of(ctx)
    with user_errors():
        files = find_sources(Path(p) for p in paths)
    if not files and default:  # a workspace without notes of its own yet
        click.echo("No notes in source/ yet: add some with leaderdeck new or leaderdeck import.", err=True)
    elif not files:
        raise click.UsageError(f"no .yaml files in {', '.join(paths)}")
    with user_errors():
        return load_sources(files, taxonomy), files


source_paths = click.argument("paths", nargs=-1, type=click.Path(exists=True, dir_okay=True))


def progress_bar(label: str):
    """A progress callback drawing a bar on stderr once work has taken a second; silent off a terminal."""
    if not sys.stderr.isatty():
        return None
    started = time.monotonic()
    state: dict = {}

    def update(done: int, total: int) -> None:
        if "bar" not in state:
            if time.monotonic() - started < 1.0:
                return
            state["bar"] = click.progressbar(length=total, label=label, file=sys.stderr).__enter__()
        bar = state["bar"]
        bar.update(done - bar.pos)
        if done >= total:
            bar.__exit__(None, None, None)

    return update


def count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"

