"""The preview in headless Chromium at phone size: no horizontal scrolling, WCAG AA
contrast in day and night mode, no request leaves the page. Screenshots of a few
cards are kept in build/artefacts/phone/ (not committed) for a person to look at.

Chromium runs with --dump-dom on a harness page: the preview page, unchanged,
in a frame of exactly 390 x 844, and a measuring script (test_phone_measure.js)
in the page around it that writes its findings as JSON into the harness, which
the dump carries back. No browser driver or extra Python package is needed.
Requests are caught by the preview's resource timing, which lists every load
the page attempted, even one its Content-Security-Policy blocked.
"""

from __future__ import annotations

import dataclasses
import html
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import CORPUS, FIXTURES, ROOT
from leaderdeck.build import select_notes
from leaderdeck.cards import card_notes
from leaderdeck.loader import load_sources
from leaderdeck.manifest import StarCards, find_manifests, load_manifest
from leaderdeck.preview import NO_REQUESTS, PreviewCard, card_document, preview_cards, preview_page

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (Debian: apt-get install chromium; .ci/run installs it)")

FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars")
WIDTH, HEIGHT = 390, 844
ARTEFACTS = Path(os.environ.get("LEADERDECK_ARTEFACTS", ROOT / "build" / "artefacts" / "phone"))
MEASURE = Path(__file__).parent / "test_phone_measure.js"
RESULT = re.compile(r'<pre id="leaderdeck-result">(.*?)</pre>', re.DOTALL)


def chromium(tmp_path: Path, *args: str, timeout: int = 120) -> str:
    profile = tmp_path / f"chromium-profile-{len(list(tmp_path.glob('chromium-profile-*')))}"
    completed = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
                               capture_output=True, text=True, timeout=timeout, check=False)
    assert completed.returncode == 0, completed.stderr[-2000:]
    return completed.stdout


def deck_cards(manifest_path: Path, taxonomy, star_cards: StarCards = StarCards.BOTH):
    manifest = dataclasses.replace(load_manifest(manifest_path, taxonomy), star_cards=star_cards)
    notes = select_notes(load_sources(manifest.source_files(), taxonomy), manifest)
    return manifest, preview_cards(card_notes(notes, manifest))


def measure(tmp_path: Path, page: str, script: Path = MEASURE, function: str = "measurePreview",
            *flags: str) -> dict:
    """Open ``page`` in a 390 x 844 frame, measure it with ``function`` of ``script``, and
    return what it found; ``flags``: more Chromium options (a colour scheme, say).

    Headless Chromium's window is at least 500 px wide, so the page goes into a frame of
    exactly phone size; the measuring script runs in the harness page around it, so the
    page itself is opened unchanged, scripts still forbidden.
    """
    assert page.count(f'<meta http-equiv="Content-Security-Policy" content="{NO_REQUESTS}">') == 1
    harness = HARNESS.format(width=WIDTH, height=HEIGHT, page=html.escape(page),
                             script=script.read_text(encoding="utf-8"), function=function)
    target = tmp_path / "harness.html"
    target.write_text(harness, encoding="utf-8")
    dom = chromium(tmp_path, "--window-size=1000,1000", "--virtual-time-budget=30000", *flags, "--dump-dom",
                   target.as_uri())
    match = RESULT.search(dom)
    assert match and match.group(1).strip(), "the measuring script wrote nothing"
    return json.loads(html.unescape(match.group(1)))


HARNESS = """<!doctype html>
<html><head><meta charset="utf-8"></head>
<body style="margin:0">
<iframe id="phone" width="{width}" height="{height}" style="border:0;display:block" srcdoc="{page}"></iframe>
<pre id="leaderdeck-result"></pre>
<script>
{script}
window.addEventListener("load", () => {{
  const result = {function}(document.getElementById("phone").contentWindow);
  document.getElementById("leaderdeck-result").textContent = JSON.stringify(result);
}});
</script>
</body></html>
"""


def shipped_cards(taxonomy) -> list[PreviewCard]:
    """Every distinct card of every shipped deck, with STAR stories as full and drill cards."""
    cards: dict[tuple, PreviewCard] = {}
    for path in find_manifests(CORPUS / "decks"):
        for card in deck_cards(path, taxonomy)[1]:
            cards.setdefault((card.note_id, card.template, card.question, card.answer), card)
    return list(cards.values())


@pytest.fixture(scope="module")
def shipped(tmp_path_factory, taxonomy) -> dict:
    cards = shipped_cards(taxonomy)
    result = measure(tmp_path_factory.mktemp("shipped"), preview_page("Shipped decks", cards))
    return result | {"expected_screens": 4 * len(cards)}


def test_every_card_is_measured(shipped):
    assert shipped["screens"] == shipped["expected_screens"] > 0
    assert shipped["screenWidths"] == [WIDTH]
    assert shipped["texts"]["day"] == shipped["texts"]["night"] > 0


def test_no_horizontal_scrolling_at_phone_widths(shipped):
    assert shipped["page"] == {"scrollWidth": WIDTH, "innerWidth": WIDTH}
    assert shipped["widths"] == [360, 390, 414]
    assert shipped["overflow"] == []


def test_text_contrast_is_wcag_aa_in_day_and_night_mode(shipped):
    assert shipped["lowContrast"] == []
    assert min(shipped["minContrast"].values()) >= 4.5, shipped["lowest"]


def test_night_mode_is_dark_and_day_mode_is_light(shipped):
    assert shipped["canvas"] == {"day": ["rgb(255, 255, 255)"], "night": ["rgb(27, 28, 31)"]}


def test_the_side_switch_shows_one_side_at_a_time(shipped):
    assert shipped["sides"] == {"front": ["front"], "back": ["back"]}


def test_no_request_leaves_the_page(shipped):
    assert shipped["resources"] == []
    assert shipped["loaders"] == []


def test_the_measurements_catch_real_problems(tmp_path, taxonomy):
    """A page with a pale question, a line too long for the screen and an image reports all three."""
    _, cards = deck_cards(FIXTURES / "mini.yaml", taxonomy, StarCards.FULL)
    page = preview_page("Broken", cards[:1])
    page = page.replace("</head>", "<style>.ld-question { color: #b0b0b0 } .ld-question { white-space: pre }</style>"
                        "</head>", 1)
    page = page.replace("</main>", '<img src="https://example.com/x.png" alt=""></main>', 1)
    result = measure(tmp_path, page)
    assert any("ld-question" in line and "day" in line for line in result["lowContrast"]), result["lowContrast"]
    assert any(line.startswith("card-1 front day at 390px: content") for line in result["overflow"]), \
        result["overflow"]
    assert result["loaders"] and result["resources"] == ["https://example.com/x.png"]


def test_cards_read_without_javascript_and_fold_with_details(taxonomy):
    _, cards = deck_cards(FIXTURES / "mini.yaml", taxonomy)
    for card in cards:
        for side in (card.question, card.answer):
            assert "<script" not in side and not re.search(r"<[^>]+\son[a-z]+\s*=", side), card.note_id
    scenario = next(c for c in cards if c.note_id == "scenario-vendor")
    assert '<details class="discussion-point"><summary><h4>Negotiation</h4></summary>' in scenario.answer
    star = next(c for c in cards if c.note_id == "star-full")
    assert '<details class="ld-coach">' in star.answer
    assert '<details class="ld-section ld-prep ld-assumptions">' in star.answer


# name: (note type, card template, side, night mode, window height); the first such card of the shipped deck
SCREENSHOTS = {
    "star-full-answer-front-night": ("leaderdeck STAR", "Full answer", "front", True, HEIGHT),
    "star-full-answer-back-day": ("leaderdeck STAR", "Full answer", "back", False, 2400),
    "star-drill-action-front-day": ("leaderdeck STAR drill", "Action", "front", False, HEIGHT),
    "star-drill-result-back-night": ("leaderdeck STAR drill", "Result", "back", True, HEIGHT),
    "scenario-back-night-open": ("leaderdeck Scenario", "Scenario", "back", True, 2600),
    "qa-back-day": ("leaderdeck Q&A", "Answer", "back", False, 1400),
}


def test_screenshots_for_a_person_to_look_at(tmp_path, taxonomy):
    _, cards = deck_cards(CORPUS / "decks" / "leadership.yaml", taxonomy)
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    for name, (note_type, template, side, night, height) in SCREENSHOTS.items():
        card = next(c for c in cards if (c.note_type.name, c.template) == (note_type, template))
        body = card.question if side == "front" else card.answer
        if name.endswith("-open"):
            body = body.replace("<details", "<details open")
        page = tmp_path / f"{name}.html"
        page.write_text(card_document(body, card.note_type.css, card.ord, night), encoding="utf-8")
        shot = ARTEFACTS / f"{name}.png"
        shot.unlink(missing_ok=True)
        chromium(tmp_path, f"--window-size={WIDTH},{height}", "--force-device-scale-factor=2",
                 f"--screenshot={shot}", page.as_uri())
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", name
