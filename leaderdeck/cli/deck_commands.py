"""Commands that build, check and preview decks."""

from __future__ import annotations

from pathlib import Path

import click

from . import cli
from .common import GROUPINGS, KINDS, LEVELS, count, progress_bar, taxonomy_of, user_errors


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
    from ..build import build_deck
    from ..cache import Cache, default_directory
    from ..notices import change_notices

    cache = None if no_cache else Cache(default_directory())

    taxonomy = taxonomy_of(ctx)
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
                                progress=progress_bar(f"Building {manifest.output.name}"),
                                on_wait=lambda message: click.echo(message, err=True))
        changes = result.changes
        drafts_note = f", {count(result.drafts_left_out, 'draft')} left out" if result.drafts_left_out else ""
        click.echo(f"Built {result.output}: {count(result.notes, 'note')} ({len(changes.new)} new, "
                   f"{len(changes.changed)} changed, {len(changes.unchanged)} unchanged{drafts_note}), "
                   f"{count(result.cards, 'card')} in {count(len(result.decks), 'subdeck')}")
        for line in change_notices(changes, allow_schema_change):
            click.echo(line)


def _manifests(taxonomy, manifests: tuple[str, ...]):
    from ..manifest import find_manifests, load_manifest

    paths = [Path(m) for m in manifests] or find_manifests(Path("decks"))
    if not paths:
        raise click.UsageError("no deck manifests: pass MANIFEST or add decks/<name>.yaml")
    with user_errors():
        return [load_manifest(p, taxonomy) for p in paths]


def _ad_hoc(taxonomy, source_dir, out, name, group_by, levels, topics, kinds, drafts):
    from ..grouping import GroupBy
    from ..manifest import Manifest
    from ..model import Kind, Level

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
    from ..ankicheck import check_package

    with user_errors():
        report = check_package(Path(package), Path(base) if base else None)
    click.echo(f"{package}: {report.new} new, {report.updated} updated, {report.unchanged} unchanged, "
               f"{report.conflicting} skipped as conflicting, {report.other_skipped} skipped otherwise; "
               f"{count(report.cards, 'card')} rendered")
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
    from ..cache import Cache, default_directory
    from ..preview import write_preview

    taxonomy = taxonomy_of(ctx)
    cache = Cache(default_directory())
    for manifest in _manifests(taxonomy, manifests):
        with user_errors():
            result = write_preview(manifest, taxonomy, Path(out_dir), cache)
        click.echo(f"Wrote {result.output}: {count(result.cards, 'card')} of {count(result.notes, 'note')}")
        if open_page:
            click.launch(result.output.resolve().as_uri())
