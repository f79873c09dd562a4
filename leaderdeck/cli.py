"""The ``leaderdeck`` command: argument parsing and messages over the library.

Library modules are imported inside the commands so that ``--help`` stays fast.
"""

from __future__ import annotations

import contextlib
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import click

LEVELS = ("senior", "staff", "manager", "director", "executive")
KINDS = ("star", "scenario", "qa")
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
    from .errors import LeaderdeckError, SourceErrors

    try:
        yield
    except SourceErrors as exc:
        raise ContentError([str(p) for p in exc.problems], str(exc)) from None
    except LeaderdeckError as exc:
        raise click.ClickException(str(exc)) from None


def _taxonomy(ctx: click.Context):
    from .taxonomy import load_taxonomy

    if "taxonomy" not in ctx.meta:
        path = ctx.find_root().params.get("taxonomy")
        with user_errors():
            ctx.meta["taxonomy"] = load_taxonomy(Path(path) if path else None)
    return ctx.meta["taxonomy"]


def _load(ctx: click.Context, paths: tuple[str, ...]):
    from .loader import find_sources, load_sources

    if not paths:
        if not Path("source").is_dir():
            raise click.UsageError("no source/ directory here; pass the YAML files or folders to read")
        paths = ("source",)
    taxonomy = _taxonomy(ctx)
    files = find_sources(Path(p) for p in paths)
    if not files:
        raise click.UsageError(f"no .yaml files in {', '.join(paths)}")
    with user_errors():
        return load_sources(files, taxonomy), files


source_paths = click.argument("paths", nargs=-1, type=click.Path(exists=True, dir_okay=True))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="leaderdeck")
@click.option("--taxonomy", type=click.Path(exists=True, dir_okay=False),
              help="Levels and topics file to use instead of the built-in one.")
def cli(taxonomy: str | None) -> None:
    """Turn interview-preparation notes in YAML into Anki decks.

    \b
    Quick start:
      leaderdeck validate          # check source/*.yaml
      leaderdeck build             # build every deck manifest in decks/
      leaderdeck stats             # notes per topic and level
    """


@cli.command()
@click.argument("manifests", nargs=-1, type=click.Path(exists=True, dir_okay=False))
@click.option("--source", "source_dir", type=click.Path(exists=True, file_okay=False),
              help="Ad hoc build: read notes from this folder instead of a manifest.")
@click.option("--out", type=click.Path(dir_okay=False), help="Ad hoc build: the .apkg to write.")
@click.option("--name", default="Leadership Interview Prep", show_default=True, help="Ad hoc build: deck name.")
@click.option("--group-by", type=click.Choice(GROUPINGS), default="topic,level", show_default=True,
              help="Ad hoc build: subdeck grouping.")
@click.option("--level", "levels", multiple=True, type=click.Choice(LEVELS), help="Ad hoc build: only this level.")
@click.option("--topic", "topics", multiple=True, help="Ad hoc build: only this topic (repeatable).")
@click.option("--kind", "kinds", multiple=True, type=click.Choice(KINDS), help="Ad hoc build: only this kind.")
@click.option("--drafts", is_flag=True, help="Ad hoc build: include notes marked draft.")
@click.option("--accept-moves", is_flag=True,
              help="You moved the cards of notes tagged leaderdeck::moved in Anki: record their new decks.")
@click.option("--allow-schema-change", is_flag=True,
              help="Build even though a note type's fields or card templates changed.")
@click.option("--no-cache", is_flag=True,
              help="Parse and render every file again instead of using the cache ($LEADERDECK_CACHE_DIR).")
@click.pass_context
def build(ctx, manifests, source_dir, out, name, group_by, levels, topics, kinds, drafts, accept_moves,
          allow_schema_change, no_cache) -> None:
    """Build .apkg decks from deck manifests (default: every decks/*.yaml).

    Each deck gets a lock file next to it (decks/NAME.lock) recording when each
    note last changed, so re-importing updates exactly the notes you edited.
    Commit it with your sources.

    \b
    Examples:
      leaderdeck build
      leaderdeck build decks/leadership.yaml
      leaderdeck build --source source --out prep.apkg --level director --group-by topic
    """
    from .build import build_deck
    from .cache import Cache, default_directory
    from .notices import change_notices

    cache = None if no_cache else Cache(default_directory())

    taxonomy = _taxonomy(ctx)
    if source_dir or out:
        if manifests or not (source_dir and out):
            raise click.UsageError("an ad hoc build takes --source and --out together, and no manifest")
        plans = [_ad_hoc(taxonomy, source_dir, out, name, group_by, levels, topics, kinds, drafts)]
    else:
        plans = _manifests(taxonomy, manifests)
    for manifest in plans:
        with user_errors():
            result = build_deck(manifest, taxonomy, accept_moves=accept_moves,
                                allow_schema_change=allow_schema_change, cache=cache,
                                progress=_progress(f"Building {manifest.output.name}"))
        changes = result.changes
        drafts_note = f", {_count(result.drafts_left_out, 'draft')} left out" if result.drafts_left_out else ""
        click.echo(f"Built {result.output}: {_count(result.notes, 'note')} ({len(changes.new)} new, "
                   f"{len(changes.changed)} changed, {len(changes.unchanged)} unchanged{drafts_note}), "
                   f"{_count(result.cards, 'card')} in {_count(len(result.decks), 'subdeck')}")
        for line in change_notices(changes, allow_schema_change):
            click.echo(line)


def _progress(label: str):
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


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _manifests(taxonomy, manifests: tuple[str, ...]):
    from .manifest import find_manifests, load_manifest

    paths = [Path(m) for m in manifests] or find_manifests(Path("decks"))
    if not paths:
        raise click.UsageError("no deck manifests: pass MANIFEST or add decks/<name>.yaml")
    with user_errors():
        return [load_manifest(p, taxonomy) for p in paths]


def _ad_hoc(taxonomy, source_dir, out, name, group_by, levels, topics, kinds, drafts):
    from .grouping import GroupBy
    from .manifest import Manifest
    from .model import Kind, Level

    unknown = [t for t in topics if taxonomy.topic(t) is None]
    if unknown:
        allowed = ", ".join(t.name for t in taxonomy.topics)
        raise click.BadParameter(f"unknown topic '{unknown[0]}' (allowed: {allowed})", param_hint="--topic")
    return Manifest(
        name=name, sources=("**/*.yaml", "**/*.yml"), base=Path(source_dir), output=Path(out),
        levels=frozenset(map(Level, levels)), topics=frozenset(topics), kinds=frozenset(map(Kind, kinds)),
        drafts=drafts, group_by=GroupBy(group_by), origin=source_dir, require_every_pattern=False,
    )


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
    from .manifest import find_manifests, load_manifest

    taxonomy = _taxonomy(ctx)
    manifest_paths = [] if paths else find_manifests(Path("decks"))
    with user_errors():
        for path in manifest_paths:
            load_manifest(path, taxonomy)
    notes, files = _load(ctx, paths)
    click.echo(f"OK: {_count(len(notes), 'note')} in {_count(len(files), 'file')}"
               + (f", {_count(len(manifest_paths), 'deck manifest')}" if manifest_paths else ""))


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
    notes, _ = _load(ctx, paths)
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
    from .stats import count_table, format_table

    notes, _ = _load(ctx, paths)
    click.echo(format_table(count_table((n for n in notes if drafts or not n.draft), _taxonomy(ctx))))


@cli.command()
@source_paths
@click.option("--warn-only", is_flag=True, help="Report findings but exit 0.")
@click.option("--ignore", "ignored", multiple=True, help="Skip this rule id (repeatable).")
@click.option("--rules", "show_rules", is_flag=True, help="List the rules with their ids and stop.")
@click.pass_context
def lint(ctx, paths, warn_only, ignored, show_rules) -> None:
    """Coaching checks: what an interviewer would miss in each answer.

    Reports thin or missing STAR parts, Results without numbers, stories that
    take under 1 or over 3 minutes to say, more 'we' than 'I' in the Action,
    Q&A answers outside 80-200 words, scenarios without discussion points and
    repeated questions. Switch a rule off for one note with
    `lint: {ignore: [rule-id]}`, or for the project in pyproject.toml under
    [tool.leaderdeck.lint] ignore = [...]. Exit 1 when anything is reported.

    \b
    Examples:
      leaderdeck lint
      leaderdeck lint --rules
      leaderdeck lint source/star-stories.yaml --warn-only
    """
    from .lint import RULE_IDS, RULES, lint_notes, project_ignores

    if show_rules:
        for rule in RULES:
            click.echo(f"{rule.id:<28} {rule.summary}")
        return
    unknown = sorted(set(ignored) - RULE_IDS)
    if unknown:
        raise click.BadParameter(f"no rule '{unknown[0]}' (see leaderdeck lint --rules)", param_hint="--ignore")
    notes, _ = _load(ctx, paths)
    with user_errors():
        findings = lint_notes(notes, project_ignores(Path("pyproject.toml")) | set(ignored))
    for finding in findings:
        click.echo(str(finding), err=True)
    if not findings:
        click.echo(f"OK: {_count(len(notes), 'note')}, nothing to report")
        return
    summary = f"{_count(len(findings), 'finding')} in {_count(len({f.note_id for f in findings}), 'note')}"
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
    from .schema import json_schema

    text = json.dumps(json_schema(_taxonomy(ctx)), indent=2, ensure_ascii=False) + "\n"
    if out:
        Path(out).write_text(text, encoding="utf-8")
        click.echo(f"Wrote {out}")
    else:
        sys.stdout.write(text)


@cli.command()
@click.argument("package", type=click.Path(exists=True, dir_okay=False))
@click.option("--on-top-of", "base", type=click.Path(exists=True, dir_okay=False),
              help="Import this older deck first, as a user re-importing would have it.")
def check(package, base) -> None:
    """Import a built deck into a scratch Anki collection and report what Anki does.

    Counts notes new / updated / unchanged / skipped as conflicting, and lists
    template render errors and empty cards. Exit 1 if anything went wrong.
    Needs Anki's library: pip install 'leaderdeck[check]'.

    \b
    Examples:
      leaderdeck check decks/leadership.apkg
      leaderdeck check decks/leadership.apkg --on-top-of old/leadership.apkg
    """
    from .ankicheck import check_package

    with user_errors():
        report = check_package(Path(package), Path(base) if base else None)
    click.echo(f"{package}: {report.new} new, {report.updated} updated, {report.unchanged} unchanged, "
               f"{report.conflicting} skipped as conflicting, {report.other_skipped} skipped otherwise; "
               f"{_count(report.cards, 'card')} rendered")
    for line in report.render_errors:
        click.echo(f"render error: {line}", err=True)
    for note_id in report.empty_cards:
        click.echo(f"empty card: {note_id}", err=True)
    if not report.ok:
        raise click.ClickException("Anki would not import this deck cleanly")


@cli.command()
@click.argument("manifests", nargs=-1, type=click.Path(exists=True, dir_okay=False))
@click.option("--out", "out_dir", default="build/preview", show_default=True, type=click.Path(file_okay=False),
              help="Folder to write <deck>.html into.")
@click.option("--open", "open_page", is_flag=True, help="Open the page in your web browser.")
@click.pass_context
def preview(ctx, manifests, out_dir, open_page) -> None:
    """Write an HTML page showing every card of a deck as a phone shows it.

    Front and back, day and night mode, at phone width, rendered with the
    deck's own templates and stylesheet. Default: every decks/*.yaml. The page
    is self-contained and loads nothing from the network.

    \b
    Examples:
      leaderdeck preview
      leaderdeck preview decks/leadership.yaml --open
    """
    from .preview import write_preview

    taxonomy = _taxonomy(ctx)
    for manifest in _manifests(taxonomy, manifests):
        with user_errors():
            result = write_preview(manifest, taxonomy, Path(out_dir))
        click.echo(f"Wrote {result.output}: {_count(result.cards, 'card')} of {_count(result.notes, 'note')}")
        if open_page:
            click.launch(result.output.resolve().as_uri())


@cli.command(name="import")
@click.argument("documents", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(("star-page", "scenarios", "numbered-qa", "markdown-star")),
              help="Read the documents as this format instead of detecting it.")
@click.option("--topic", help="Topic of every imported note, as written in the taxonomy.")
@click.option("--level", type=click.Choice(LEVELS), help="Level of every imported note.")
@click.option("--source", "source_dir", default="source", show_default=True, type=click.Path(file_okay=False),
              help="Folder to write into; ids its YAML files use are not reused.")
@click.option("--out", type=click.Path(dir_okay=False), help="Write to this file instead (one document only).")
@click.option("--force", is_flag=True, help="Replace output files that already exist.")
@click.option("--dry-run", is_flag=True, help="Report what would be imported; write nothing.")
@click.pass_context
def import_docs(ctx, documents, fmt, topic, level, source_dir, out, force, dry_run) -> None:
    """Turn interview-prep documents into source YAML, one file per document.

    Reads STAR pages, scenario documents, numbered Q&A articles and Markdown
    STAR notes (detected, or set with --format). Prints the notes of each kind,
    what was skipped and what to check. Exit 1 if a document holds nothing
    recognisable; nothing is written unless every document imports.

    \b
    Examples:
      leaderdeck import prep/behavioral-stories.md
      leaderdeck import bank.txt --format numbered-qa --level manager --topic Hiring
      leaderdeck import story.md --out source/my-story.yaml --force
    """
    from .importers import Format, Overrides, import_files
    from .model import Level

    taxonomy = _taxonomy(ctx)
    chosen = taxonomy.topic(topic) if topic else None
    if topic and chosen is None:
        allowed = ", ".join(t.name for t in taxonomy.topics)
        raise click.BadParameter(f"unknown topic '{topic}'{taxonomy.topic_hint(topic)}; allowed: {allowed}",
                                 param_hint="--topic")
    with user_errors():
        reports = import_files([Path(d) for d in documents], taxonomy, source_dir=Path(source_dir),
                               out=Path(out) if out else None, fmt=Format(fmt) if fmt else None,
                               overrides=Overrides(Level(level) if level else None, chosen),
                               force=force, dry_run=dry_run, progress=_progress("Importing"))
    for report in reports:
        for line in report.lines():
            click.echo(line)


def main() -> None:
    cli(prog_name="leaderdeck")
