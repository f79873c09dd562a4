"""Commands that read or write an Anki collection: pull, sync, profiles."""

from __future__ import annotations

from pathlib import Path

import click

from . import cli
from .common import taxonomy_of, user_errors

PREFER = click.option("--prefer", type=click.Choice(("yaml", "anki")),
                      help="Resolve every conflict of this run in favour of this side.")
DRY_RUN = click.option("--dry-run", is_flag=True, help="Print what would change; write nothing.")


def _deck_manifests(ctx, manifests):
    from .deck_commands import _manifests

    return _manifests(taxonomy_of(ctx), manifests)


def _profile(name: str):
    from ..profiles import profile_target

    with user_errors():
        return profile_target(name)


def _conflicts_exit(states) -> None:
    conflicts = sum(len(s.conflicts) for s in states)
    if conflicts:
        raise click.ClickException(
            f"{conflicts} conflict{'' if conflicts == 1 else 's'} left: neither side was changed. Make both sides "
            "agree, or run again with --prefer yaml or --prefer anki")


@cli.command()
@click.argument("anki_file", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option("--profile", help="Read the collection of this Anki profile instead of a file.")
@click.option("--manifest", "manifests", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Deck manifest whose notes to pull (repeatable; default: every decks/*.yaml).")
@PREFER
@DRY_RUN
@click.pass_context
def pull(ctx, anki_file, profile, manifests, prefer, dry_run) -> None:
    """Write edits made in Anki back into the YAML sources.

    ANKI_FILE is a package exported from Anki, AnkiDroid or AnkiMobile (.apkg),
    a whole-collection export (.colpkg) or a collection (collection.anki2; close
    Anki first). Fields changed only in Anki are written into the notes' YAML as
    Markdown, keeping everything else of the file as it is; fields changed on
    both sides are conflicts, shown with both texts and left alone. Exit 1 while
    conflicts remain.

    \b
    Examples:
      leaderdeck pull ~/Downloads/phone.apkg
      leaderdeck pull --profile "User 1" --dry-run
      leaderdeck pull phone.apkg --manifest decks/leadership.yaml --prefer anki
    """
    from ..cache import Cache, default_directory
    from ..pull import pull as pull_decks
    from ..reconcile import Prefer
    from ..syncreport import pull_lines

    if bool(anki_file) == bool(profile):
        raise click.UsageError("give an exported package or collection (ANKI_FILE), or --profile NAME")
    source = Path(anki_file) if anki_file else _profile(profile).collection
    plans = _deck_manifests(ctx, manifests)
    with user_errors():
        results = pull_decks(source, plans, taxonomy_of(ctx), prefer=Prefer(prefer) if prefer else None,
                             dry_run=dry_run, cache=Cache(default_directory()))
    for result in results:
        for line in pull_lines(result, dry_run):
            click.echo(line)
    _conflicts_exit([r.state for r in results])


@cli.command()
@click.argument("manifests", nargs=-1, type=click.Path(exists=True, dir_okay=False))
@click.option("--collection", type=click.Path(exists=True, dir_okay=False),
              help="The collection to write into (collection.anki2).")
@click.option("--profile", help="Write into the collection of this Anki profile (see leaderdeck profiles).")
@PREFER
@click.option("--prune", is_flag=True, help="Delete notes that left the deck instead of suspending them.")
@DRY_RUN
@click.option("--allow-full-sync", is_flag=True,
              help="Go ahead with a note type change that makes Anki's next sync a full one.")
@click.pass_context
def sync(ctx, manifests, collection, profile, prefer, prune, dry_run, allow_full_sync) -> None:
    """Sync decks straight into your Anki collection (close Anki first).

    Pulls edits made in Anki into YAML, then adds new notes, updates changed
    ones, moves the cards of notes whose topic or level changed, and suspends
    notes that left the deck (tagged leaderdeck::removed; deleted with --prune).
    Anki makes a backup first. Only changed notes are touched, so Anki's next
    sync sends just them to your phone. Default: every decks/*.yaml.
    Needs Anki's library: pip install 'leaderdeck[sync]'.

    \b
    Examples:
      leaderdeck sync --profile "User 1" --dry-run
      leaderdeck sync --profile "User 1"
      leaderdeck sync decks/leadership.yaml --collection ~/Anki2/Me/collection.anki2 --prune
    """
    from ..cache import Cache, default_directory
    from ..profiles import collection_target
    from ..reconcile import Prefer
    from ..sync import sync as sync_decks
    from ..syncreport import sync_lines

    if bool(collection) == bool(profile):
        raise click.UsageError("give the collection to write into: --profile NAME or --collection PATH "
                               "(leaderdeck profiles lists the profiles)")
    target = collection_target(Path(collection)) if collection else _profile(profile)
    plans = _deck_manifests(ctx, manifests)
    with user_errors():
        run = sync_decks(target, plans, taxonomy_of(ctx), prefer=Prefer(prefer) if prefer else None, prune=prune,
                         dry_run=dry_run, allow_full_sync=allow_full_sync, cache=Cache(default_directory()))
    for line in sync_lines(run, dry_run):
        click.echo(line)
    _conflicts_exit([p.state for p in run.plans])


@cli.command()
def profiles() -> None:
    """List the Anki profiles that sync --profile and pull --profile can use.

    Anki keeps them in ~/.local/share/Anki2 (Linux), ~/Library/Application
    Support/Anki2 (macOS) or %APPDATA%\\Anki2 (Windows); ANKI_BASE overrides.

    \b
    Example:
      leaderdeck profiles
    """
    from ..profiles import anki_base, profile_names

    base = anki_base()
    names = profile_names(base)
    click.echo(f"Anki's folder: {base}")
    for name in names:
        click.echo(f"  {name}")
    if not names:
        click.echo("  no profiles with a collection there (set ANKI_BASE if Anki keeps them elsewhere)")
