"""Commands that report on the notes: coverage."""

from __future__ import annotations

from pathlib import Path

import click

from . import cli
from .common import load_notes, source_paths, taxonomy_of, user_errors


@cli.command()
@source_paths
@click.option("--out", "out_dir", default="build/coverage", show_default=True, type=click.Path(file_okay=False),
              help="Folder to write coverage.html into.")
@click.option("--open", "open_page", is_flag=True, help="Open the page in your web browser.")
@click.option("--drafts", is_flag=True, help="Count STAR stories marked draft too.")
@click.option("--starter", type=click.Path(exists=True, file_okay=False),
              help="Draw the example questions from the notes in this folder instead of the starter corpus.")
@click.pass_context
def coverage(ctx, paths, out_dir, open_page, drafts, starter) -> None:
    """Show what your STAR stories cover, and the questions no story answers yet.

    Prints, and writes as a page (DIR/coverage.html, self-contained, for a
    phone or a desktop, light or dark): the levels and topics your stories
    are at (a topic x level heat map), which story shows which competency, and
    the kinds of question a leadership interview asks for a story (a failure,
    a conflict with your manager, an underperformer, ...) that none of them
    answers, each with questions from the starter corpus that would probe it.

    \b
    Examples:
      leaderdeck coverage
      leaderdeck coverage source/my-stories.yaml --open
      leaderdeck coverage --drafts --out /tmp/coverage
    """
    from ..corpus import load_starter
    from ..coverage import cover, report_lines
    from ..coveragepage import write_coverage_page

    taxonomy = taxonomy_of(ctx)
    notes, _ = load_notes(ctx, paths)
    with user_errors():
        examples = load_starter(taxonomy, Path(starter) if starter else None)
        result = cover(notes, taxonomy, examples, drafts=drafts)
        output = write_coverage_page(result, Path(out_dir))
    for line in report_lines(result):
        click.echo(line)
    click.echo(f"Wrote {output}")
    if open_page:
        click.launch(output.resolve().as_uri())
