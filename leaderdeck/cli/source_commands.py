"""Commands that read and write source files: validate, list, stats, lint, schema, import, new."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

import click

from . import cli
from ..errors import display_path
from .common import FORMATS, KINDS, LEVELS, count, load_notes, progress_bar, source_paths, taxonomy_of, user_errors


@cli.command()
@source_paths
@click.pass_context
def validate(ctx, paths) -> None:
    """Check source files against the schema (default: source/ and decks/*.yaml).

    Every problem is printed as path:line: message; exit 1 if there are any.

    \b
    Examples:
      leaderdeck validate
      leaderdeck validate source/star-stories.yaml
    """
    from ..manifest import find_manifests, load_manifest

    taxonomy = taxonomy_of(ctx)
    manifest_paths = [] if paths else find_manifests(Path("decks"))
    with user_errors():
        for path in manifest_paths:
            load_manifest(path, taxonomy)
    notes, files = load_notes(ctx, paths)
    click.echo(f"OK: {count(len(notes), 'note')} in {count(len(files), 'file')}"
               + (f", {count(len(manifest_paths), 'deck manifest')}" if manifest_paths else ""))


@cli.command(name="list")
@source_paths
@click.option("--level", "levels", multiple=True, type=click.Choice(LEVELS), help="Only this level (repeatable).")
@click.option("--kind", "kinds", multiple=True, type=click.Choice(KINDS), help="Only this kind (repeatable).")
@click.option("--drafts/--no-drafts", default=True, show_default=True, help="Include notes marked draft.")
@click.pass_context
def list_notes(ctx, paths, levels, kinds, drafts) -> None:
    """List notes, one per line: id, kind, level, topic, question.

    \b
    Examples:
      leaderdeck list
      leaderdeck list --level director --kind star
    """
    notes, _ = load_notes(ctx, paths)
    for note in notes:
        if (levels and note.level.value not in levels) or (kinds and note.kind.value not in kinds):
            continue
        if note.draft and not drafts:
            continue
        flag = " [draft]" if note.draft else ""
        click.echo(f"{note.id}\t{note.kind.value}\t{note.level.value}\t{note.topic.name}\t{note.prompt}{flag}")


@cli.command()
@source_paths
@click.option("--drafts/--no-drafts", default=False, show_default=True, help="Count notes marked draft.")
@click.pass_context
def stats(ctx, paths, drafts) -> None:
    """Show how many notes each topic and level has.

    \b
    Example:
      leaderdeck stats
    """
    from ..stats import count_table, format_table

    notes, _ = load_notes(ctx, paths)
    click.echo(format_table(count_table((n for n in notes if drafts or not n.draft), taxonomy_of(ctx))))


@cli.command()
@source_paths
@click.option("--warn-only", is_flag=True, help="Report findings but exit 0.")
@click.option("--ignore", "ignored", multiple=True, help="Skip this rule id (repeatable).")
@click.option("--rules", "show_rules", is_flag=True, help="List the rules with their ids and stop.")
@click.pass_context
def lint(ctx, paths, warn_only, ignored, show_rules) -> None:
    """Coaching checks: what an interviewer would miss in each answer.

    Reports thin or missing STAR parts, a Learning that names no change in
    what you do, Results without numbers, stories that take under 1 or over 3
    minutes to say, more 'we' than 'I' in the Action, Q&A answers outside
    80-200 words, scenarios without discussion points and repeated questions,
    each at the line of the field. Switch a rule off for one note with
    `lint: {ignore: [rule-id]}`, or for the project in pyproject.toml under
    [tool.leaderdeck.lint] (ignore = [...], and the thresholds). Exit 1 when
    anything is reported.

    \b
    Examples:
      leaderdeck lint
      leaderdeck lint --rules
      leaderdeck lint source/star-stories.yaml --warn-only
    """
    from ..lint import RULE_IDS, RULES, lint_config, lint_notes

    if show_rules:
        for rule in RULES:
            click.echo(f"{rule.id:<28} {rule.summary}")
        return
    unknown = sorted(set(ignored) - RULE_IDS)
    if unknown:
        raise click.BadParameter(f"no rule '{unknown[0]}' (see leaderdeck lint --rules)", param_hint="--ignore")
    with user_errors():
        config = lint_config(Path("pyproject.toml"))
    notes, _ = load_notes(ctx, paths)
    findings = lint_notes(notes, ignored, config)
    for finding in findings:
        click.echo(str(finding), err=True)
    if not findings:
        click.echo(f"OK: {count(len(notes), 'note')}, nothing to report")
        return
    summary = f"{count(len(findings), 'finding')} in {count(len({f.note_id for f in findings}), 'note')}"
    if warn_only:
        click.echo(summary, err=True)
        return
    raise click.ClickException(summary)


@cli.command()
@click.option("--out", type=click.Path(dir_okay=False), help="Write to this file instead of standard output.")
@click.pass_context
def schema(ctx, out) -> None:
    """Print the JSON Schema of source files (for editors such as VS Code).

    \b
    Example:
      leaderdeck schema --out leaderdeck/schema/source.schema.json
    """
    import json

    from ..atomic import write_atomically
    from ..outputs import check_output
    from ..schema import json_schema

    taxonomy = taxonomy_of(ctx)
    text = json.dumps(json_schema(taxonomy), indent=2, ensure_ascii=False) + "\n"
    if out:
        with user_errors():
            check_output(Path(out), (".json",), [p for p in (taxonomy.path,) if p])
            write_atomically(Path(out), text.encode("utf-8"))
        click.echo(f"Wrote {out}")
    else:
        sys.stdout.write(text)


@cli.command(name="import")
@click.argument("documents", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(FORMATS),
              help="Read every note as this kind (star-page, markdown-star: star; scenarios; numbered-qa: qa), "
                   "or the documents as a spreadsheet (csv) or Anki export (anki-text).")
@click.option("--topic", help="Topic of every imported note, as written in the taxonomy.")
@click.option("--level", type=click.Choice(LEVELS), help="Level of every imported note.")
@click.option("--columns", default="", metavar="FIELD=HEADER,...",
              help="Spreadsheets: which column is which field, e.g. question=Name,answer=Response.")
@click.option("--keep-columns", is_flag=True, help="Spreadsheets: keep columns no field reads as coach tips.")
@click.option("--source", "source_dir", default="source", show_default=True, type=click.Path(file_okay=False),
              help="Folder to write into; ids its YAML files use are not reused.")
@click.option("--out", type=click.Path(dir_okay=False), help="Write to this file instead (one document only).")
@click.option("--force", is_flag=True, help="Replace YAML files that already exist (never a document or other file).")
@click.option("--dry-run", is_flag=True, help="Print the report and the YAML it would write; write nothing.")
@click.pass_context
def import_docs(ctx, documents, fmt, topic, level, columns, keep_columns, source_dir, out, force, dry_run) -> None:
    """Turn interview-prep documents into source YAML, one file per document.

    Reads Markdown and plain text (story banks, coaching pages, question
    banks, scenario documents), saved web pages (.html), CSV/TSV spreadsheets
    and Anki's "Notes in Plain Text" export; each note's kind (star, scenario, qa) is decided from
    what it holds. Prints per document the notes of each kind, the drafts and
    why, what was skipped and what was guessed. Exit 1 if a document holds
    nothing recognisable; nothing is written unless every document imports.

    \b
    Examples:
      leaderdeck import prep/behavioral-stories.md prep/questions.csv
      leaderdeck import bank.txt --level manager --topic Hiring
      leaderdeck import sheet.csv --columns question=Prompt,answer=Notes
      leaderdeck import story.md --out source/my-story.yaml --force
      leaderdeck import notes.md --dry-run
    """
    from ..importers.readahead import reading_ahead  # imports none of the importer's rules (see the module)

    # a child reads a large first document while this process imports the rules
    with reading_ahead(Path(documents[0]) if fmt not in ("csv", "anki-text") else None):
        reports = _imported(ctx, documents, fmt, topic, level, columns, keep_columns, source_dir, out, force, dry_run)
    for report in reports:
        for line in report.lines():
            click.echo(line)
    if dry_run:
        for report in reports:
            for path, text in zip(report.outputs, report.texts):
                click.echo(f"\n# --- {path} ---")
                click.echo(text, nl=False)


def _imported(ctx, documents, fmt, topic, level, columns, keep_columns, source_dir, out, force, dry_run) -> list:
    from ..importers import Columns, Format, Overrides, import_files
    from ..model import Level

    taxonomy = taxonomy_of(ctx)
    chosen = taxonomy.topic(topic) if topic else None
    if topic and chosen is None:
        allowed = ", ".join(t.name for t in taxonomy.topics)
        raise click.BadParameter(f"unknown topic '{topic}'{taxonomy.topic_hint(topic)}; allowed: {allowed}",
                                 param_hint="--topic")
    try:
        spec = Columns.parse(columns, keep_columns)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--columns") from None
    signal.signal(signal.SIGTERM, _terminated)  # unwind, so a killed import removes its temporary files
    with user_errors():
        reports = import_files([Path(d) for d in documents], taxonomy, source_dir=Path(source_dir),
                               out=Path(out) if out else None, fmt=Format(fmt) if fmt else None,
                               overrides=Overrides(Level(level) if level else None, chosen), columns=spec,
                               force=force, dry_run=dry_run, progress=progress_bar("Importing"))
    return reports


def _terminated(signum, frame) -> None:
    raise SystemExit(128 + signum)


@cli.command(name="new")
@click.argument("kind", type=click.Choice(KINDS))
@click.argument("question")
@click.option("--level", help="Level: a band (director) or a title the taxonomy knows (Director of Engineering).")
@click.option("--topic", help="Topic, as written in the taxonomy (default: from the question's keywords).")
@click.option("--file", "path", default="source/notes.yaml", show_default=True, type=click.Path(dir_okay=False),
              help="Source file to add the note to; created if missing.")
@click.pass_context
def new_note(ctx, kind, question, level, topic, path) -> None:
    """Add a draft note with every field to a source file, ready to fill in.

    QUESTION is the question (for a scenario: its title). The note is marked
    draft, so it validates while empty and stays out of decks until you
    delete 'draft: true'; each field has a one-line hint as a comment. The
    file's existing text is kept as it is.

    \b
    Examples:
      leaderdeck new star "Tell me about a reorg you led" --level "Director of Engineering"
      leaderdeck new qa "What is an error budget for?" --level staff --topic "Quality & Reliability"
      leaderdeck new scenario "A vendor outage on launch day" --level director --file source/scenarios.yaml
    """
    from ..importers.pipeline import existing_ids
    from ..model import Kind
    from ..skeleton import add_note

    taxonomy = taxonomy_of(ctx)
    band = taxonomy.level(level) if level else None
    if level and band is None:
        raise click.BadParameter(f"unknown level '{level}' (a band: {', '.join(LEVELS)}, or a title of the taxonomy)",
                                 param_hint="--level")
    chosen = taxonomy.topic(topic) if topic else None
    if topic and chosen is None:
        allowed = ", ".join(t.name for t in taxonomy.topics)
        raise click.BadParameter(f"unknown topic '{topic}'{taxonomy.topic_hint(topic)}; allowed: {allowed}",
                                 param_hint="--topic")
    with user_errors():
        added = add_note(Path(path), Kind(kind), question, taxonomy, level=band, topic=chosen,
                         taken=existing_ids(Path("source"), skip=[Path(path)]))
    click.echo(f"Added draft {kind} note '{added.note_id}' at {display_path(added.path)}:{added.line}")
    if added.topic_from_keywords:
        click.echo(f"  topic: {added.topic.name} (from the question's keywords; change it if it is wrong)")
    click.echo("  Fill in each field, then delete its 'draft: true' line to put it in your decks.")
