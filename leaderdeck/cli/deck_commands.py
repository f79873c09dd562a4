"""Commands that build, check and preview decks."""

from __future__ import annotations

from pathlib import Path

import click

from . import cli
from .common import GROUPINGS, count, progress_bar, taxonomy_of, user_errors
from .selection import selection_of, selection_options


@cli.command()
@click.argument("manifests", nargs=-1, type=click.Path(exists=True, dir_okay=False))
@click.option("--source", type=click.Path(exists=True),
              help="Ad hoc build: read notes from this YAML file, or every one under this folder.")
@click.option("--out", type=click.Path(dir_okay=False), help="Ad hoc build: the .apkg to write.")
@click.option("--name", default="Leadership Interview Prep", show_default=True, help="Ad hoc build: deck name.")
@click.option("--group-by", type=click.Choice(GROUPINGS), default="topic,level", show_default=True,
              help="Ad hoc build: subdeck grouping.")
@selection_options("Ad hoc build: ")
@click.option("--accept-moves", is_flag=True,
              help="You moved the cards of notes tagged leaderdeck::moved in Anki: record their new decks.")
@click.option("--accept-removals", is_flag=True,
              help="You deleted the notes that left the deck in Anki (or keep them): stop reporting them.")
@click.option("--allow-schema-change", is_flag=True,
              help="Build even though a note type's fields or card templates changed.")
@click.option("--no-cache", is_flag=True,
              help="Parse and render every file again instead of using the cache ($LEADERDECK_CACHE_DIR).")
@click.pass_context
def build(ctx, manifests, source, out, name, group_by, levels, topics, kinds, drafts, star_cards, accept_moves,
          accept_removals, allow_schema_change, no_cache) -> None:
    """Build .apkg decks from deck manifests (default: every decks/*.yaml).

    Each deck gets a lock file next to it (decks/NAME.lock) recording when each
    note last changed, so re-importing updates exactly the notes you edited.
    Commit it with your sources.

    \b
    Examples:
      leaderdeck build
      leaderdeck build decks/leadership.yaml
      leaderdeck build --source source --out prep.apkg --level director --group-by topic
      leaderdeck build --source source/stories.yaml --out stories.apkg --star-cards both
    """
    from ..build import build_deck
    from ..cache import Cache, default_directory
    from ..grouping import GroupBy
    from ..manifest import ad_hoc_manifest
    from ..notices import change_notices

    cache = None if no_cache else Cache(default_directory())
    taxonomy = taxonomy_of(ctx)
    selection = selection_of(taxonomy, levels, topics, kinds, drafts, star_cards)
    if source or out:
        if manifests or not (source and out):
            raise click.UsageError("an ad hoc build takes --source and --out together, and no manifest")
        plans = [ad_hoc_manifest(Path(source), Path(out), selection, name=name, group_by=GroupBy(group_by))]
    elif selection != type(selection)():
        raise click.UsageError("--level, --topic, --kind, --drafts and --star-cards choose the notes of an ad hoc "
                               "build (--source and --out); a manifest chooses its own")
    else:
        plans = _manifests(taxonomy, manifests)
    for manifest in plans:
        with user_errors():
            result = build_deck(manifest, taxonomy, accept_moves=accept_moves, accept_removals=accept_removals,
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
@click.option("--source", type=click.Path(exists=True),
              help="Preview the notes of this YAML file, or of every one under this folder, instead of a manifest.")
@selection_options("Preview ")
@click.option("--out", "out_dir", default="build/preview", show_default=True, type=click.Path(file_okay=False),
              help="Folder to write <deck>.html into.")
@click.option("--open", "open_page", is_flag=True, help="Open the page in your web browser.")
@click.pass_context
def preview(ctx, manifests, source, levels, topics, kinds, drafts, star_cards, out_dir, open_page) -> None:
    """Write an HTML page showing every card of a deck as a phone shows it.

    Front and back, at phone width, rendered with the deck's own templates and
    stylesheet; switches on the page show fronts, backs or both, in day or
    night mode. Default: every decks/*.yaml; --source previews a file or folder
    of notes instead, and --level, --topic, --kind, --drafts and --star-cards
    narrow what is shown. The page is self-contained and loads nothing from
    the network.

    \b
    Examples:
      leaderdeck preview
      leaderdeck preview decks/leadership.yaml --topic Hiring --open
      leaderdeck preview --source source/stories.yaml --star-cards drill
    """
    from ..cache import Cache, default_directory
    from ..manifest import ad_hoc_manifest, narrowed
    from ..preview import write_preview

    taxonomy = taxonomy_of(ctx)
    selection = selection_of(taxonomy, levels, topics, kinds, drafts, star_cards)
    if source and manifests:
        raise click.UsageError("preview either manifests or --source, not both")
    if source:
        name = Path(source).stem if Path(source).is_file() else Path(source).resolve().name
        plans = [ad_hoc_manifest(Path(source), Path(f"{name}.apkg"), selection, name=name)]
    else:
        with user_errors():
            plans = [narrowed(manifest, selection) for manifest in _manifests(taxonomy, manifests)]
    cache = Cache(default_directory())
    for manifest in plans:
        with user_errors():
            result = write_preview(manifest, taxonomy, Path(out_dir), cache)
        click.echo(f"Wrote {result.output}: {count(result.cards, 'card')} of {count(result.notes, 'note')}")
        if open_page:
            click.launch(result.output.resolve().as_uri())
