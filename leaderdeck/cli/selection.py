"""Options that pick the notes and cards of an ad hoc build or a preview."""

from __future__ import annotations

import click

from .common import KINDS, LEVELS

STAR_CARDS = ("full", "drill", "both")


def selection_options(prefix: str):
    """--level, --topic, --kind, --drafts and --star-cards, with help starting with ``prefix``."""
    options = (
        click.option("--level", "levels", multiple=True, type=click.Choice(LEVELS),
                     help=f"{prefix}only this level (repeatable)."),
        click.option("--topic", "topics", multiple=True, help=f"{prefix}only this topic (repeatable)."),
        click.option("--kind", "kinds", multiple=True, type=click.Choice(KINDS),
                     help=f"{prefix}only this kind (repeatable)."),
        click.option("--drafts", is_flag=True, help=f"{prefix}include notes marked draft."),
        click.option("--star-cards", type=click.Choice(STAR_CARDS),
                     help=f"{prefix}cards of a STAR story: full, drill (one per section) or both."),
    )

    def decorate(command):
        for option in reversed(options):
            command = option(command)
        return command

    return decorate


def selection_of(taxonomy, levels, topics, kinds, drafts, star_cards):
    """The library's Selection for the options; an unknown topic is a usage error with a suggestion."""
    from ..manifest import Selection, StarCards
    from ..model import Kind, Level

    unknown = [t for t in topics if taxonomy.topic(t) is None]
    if unknown:
        allowed = ", ".join(t.name for t in taxonomy.topics)
        raise click.BadParameter(f"unknown topic '{unknown[0]}'{taxonomy.topic_hint(unknown[0])}; allowed: {allowed}",
                                 param_hint="--topic")
    return Selection(levels=frozenset(map(Level, levels)), topics=frozenset(topics), kinds=frozenset(map(Kind, kinds)),
                     drafts=drafts, star_cards=StarCards(star_cards) if star_cards else None)
