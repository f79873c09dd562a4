"""A self-contained HTML page showing every card of a deck as a phone shows it.

Each card appears front and back, each once, on a 390 px wide "screen": an
element with the classes Anki's reviewer gives the page body (``card
card1``), holding the card's HTML, rendered with the templates, stylesheet and
field substitution that go into the .apkg. Switches at the top of the page
(radio buttons and CSS, no script) show fronts, backs or both, in day or night
mode: night mode is the card stylesheet's own, its ``.nightMode`` and
``.night_mode`` classes also matching a screen while the Night switch is on,
so a big deck is written once per side and shows only what is asked for. The
card stylesheet has no media queries, so a card lays out on a screen exactly
as on a phone of that width. The page loads nothing: no scripts, fonts or
images, and a Content-Security-Policy that forbids every request.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from string import Template

from .atomic import write_atomically
from .build import deck_cards
from .cache import Cache
from .manifest import Manifest
from .notetypes import NoteType
from .package import CardNote
from .taxonomy import Taxonomy
from .template import render_cards
from .lazyre import lazy_re

NO_REQUESTS = "default-src 'none'; style-src 'unsafe-inline'"
DEFAULT_DIRECTORY = Path("build") / "preview"
NIGHT_SWITCH = "#pv-mode-night:checked ~ main .pv-screen"
_NIGHT_CLASS = lazy_re(r"\.(?:nightMode|night_mode)(?![\w-])")


@dataclass(frozen=True, slots=True)
class PreviewCard:
    """One card of one note, rendered as Anki renders it."""

    note_id: str
    note_type: NoteType
    template: str
    ord: int
    deck: str
    question: str
    answer: str


@dataclass(frozen=True, slots=True)
class PreviewResult:
    manifest: Manifest
    output: Path
    notes: int
    cards: int


def preview_cards(notes: Iterable[CardNote]) -> list[PreviewCard]:
    """Every card Anki makes from these notes, in note order then template order."""
    return [
        PreviewCard(note.note_id, note.note_type, card.template.name, card.ord, note.deck, card.question, card.answer)
        for note in notes
        for card in render_cards(note.note_type, note.fields)
    ]


def card_classes(ord_: int, night: bool) -> str:
    """The classes Anki's reviewer puts on the element that holds a card."""
    return f"card card{ord_ + 1}" + (" nightMode night_mode" if night else "")


def card_document(body: str, css: str, ord_: int = 0, night: bool = False) -> str:
    """One side of one card as a page of its own, wrapped the way Anki's reviewer wraps it."""
    return _page("preview_card.html").substitute(
        policy=NO_REQUESTS, reviewer_css=_file("preview_card.css"), css=css,
        classes=f"ld-reviewer {card_classes(ord_, night)}", body=body)


def preview_page(title: str, cards: list[PreviewCard]) -> str:
    """The whole preview: a header, then every card front and back, day and night."""
    notes = len({card.note_id for card in cards})
    summary = f"{_count(notes, 'note')}, {_count(len(cards), 'card')}"
    stylesheets = dict.fromkeys(switchable_night(card.note_type.css) for card in cards)
    return _page("preview.html").substitute(
        policy=NO_REQUESTS, title=html.escape(title), summary=summary,
        page_css=_file("preview.css"), reviewer_css=_file("preview_card.css"),
        card_css="\n".join(f"<style>\n{css}</style>" for css in stylesheets),
        cards="\n".join(_card_section(number, card) for number, card in enumerate(cards, start=1)))


def switchable_night(css: str) -> str:
    """A card stylesheet whose night-mode rules also apply to every screen while the page's Night
    switch is on: ``.nightMode`` becomes ``:is(.nightMode, <screens under the switch>)``."""
    return _NIGHT_CLASS.sub(f":is(.nightMode, {NIGHT_SWITCH})", css)


def _card_section(number: int, card: PreviewCard) -> str:
    views = "\n".join(_view(card, side) for side in ("front", "back"))
    return (
        f'<section class="pv-card" id="card-{number}">\n'
        f'<h2><span class="pv-n">{number}</span> {html.escape(card.note_id)} '
        f'<span class="pv-template">{html.escape(card.template)}</span></h2>\n'
        f'<p class="pv-meta">{html.escape(card.note_type.name)} &middot; {html.escape(card.deck)}</p>\n'
        f'<div class="pv-views">\n{views}\n</div>\n</section>'
    )


def _view(card: PreviewCard, side: str) -> str:
    body = card.question if side == "front" else card.answer
    return (
        f'<figure class="pv-view" data-side="{side}">'
        f"<figcaption>{side.capitalize()}</figcaption>\n"
        f'<div class="pv-screen ld-reviewer {card_classes(card.ord, False)}">{body}</div></figure>'
    )


def preview_path(manifest: Manifest, directory: Path = DEFAULT_DIRECTORY) -> Path:
    return directory / f"{manifest.output.stem}.html"


def write_preview(manifest: Manifest, taxonomy: Taxonomy, directory: Path = DEFAULT_DIRECTORY,
                  cache: Cache | None = None) -> PreviewResult:
    """Render every card a manifest's deck would hold and write the page atomically."""
    cards = preview_cards(deck_cards(manifest, taxonomy, cache))
    output = preview_path(manifest, directory)
    write_atomically(output, preview_page(manifest.name, cards).encode("utf-8"))
    return PreviewResult(manifest, output, len({c.note_id for c in cards}), len(cards))


def _file(name: str) -> str:
    return (resources.files("leaderdeck") / "templates" / name).read_text(encoding="utf-8")


def _page(name: str) -> Template:
    return Template(_file(name))


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
