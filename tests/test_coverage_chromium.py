"""The coverage page in headless Chromium at phone size, in light and dark mode: no horizontal
scrolling, WCAG AA contrast (SVG text included), text of a readable size, no request. Screenshots
go to build/artefacts/phone/ for a person to look at."""

from __future__ import annotations

from pathlib import Path

import pytest

from leaderdeck.coverage import cover
from leaderdeck.coveragepage import coverage_page
from leaderdeck.loader import load_sources
from leaderdeck.model import Kind
from leaderdeck.workspace import starter_files
from test_phone_chromium import ARTEFACTS, CHROMIUM, WIDTH, chromium, measure

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
MEASURE = Path(__file__).parent / "test_coverage_measure.js"
SCHEMES = {"light": "1", "dark": "0"}  # Blink's preferredColorScheme setting


@pytest.fixture(scope="module")
def page(taxonomy) -> str:
    """A bank of twelve of the starter stories (two tables of the matrix), the rest as example questions."""
    starter = load_sources(starter_files(), taxonomy)
    stories = [n for n in starter if n.kind is Kind.STAR][::3][:12]
    return coverage_page(cover(stories, taxonomy, [n for n in starter if n not in stories]))


@pytest.fixture(scope="module", params=list(SCHEMES))
def measured(request, page, tmp_path_factory) -> dict:
    tmp_path = tmp_path_factory.mktemp(f"coverage-{request.param}")
    found = measure(tmp_path, page, MEASURE, "measureCoverage",
                    f"--blink-settings=preferredColorScheme={SCHEMES[request.param]}")
    return found | {"scheme": request.param}


def test_the_scheme_is_the_readers(measured):
    assert measured["dark"] == (measured["scheme"] == "dark")
    assert measured["canvas"] == ("rgb(27, 28, 31)" if measured["dark"] else "rgb(255, 255, 255)")


def test_no_horizontal_scrolling_at_390_px(measured):
    assert measured["page"] == {"scrollWidth": WIDTH, "innerWidth": WIDTH}
    assert measured["overflow"] == []


def test_text_contrast_is_wcag_aa_including_the_heat_map(measured):
    assert measured["texts"] > 100 and measured["svgTexts"] > 18 + 5
    assert measured["lowContrast"] == [], measured["lowest"]
    assert measured["minContrast"] >= 4.5


def test_text_is_big_enough_to_read_on_a_phone(measured):
    assert measured["smallest"] >= 11.5


def test_nothing_is_requested(measured):
    assert measured["resources"] == [] and measured["loaders"] == []


def test_the_measurements_catch_real_problems(page, tmp_path):
    """A pale summary, a line too long for the screen and a pale heat-map label are all reported."""
    broken = page.replace("</head>", "<style>.cv-summary { color: #c8c8c8 } .cv-intro { white-space: pre }"
                          " .cv-axis { fill: #dddddd }</style></head>", 1)
    result = measure(tmp_path, broken, MEASURE, "measureCoverage", "--blink-settings=preferredColorScheme=1")
    assert any('class="cv-summary"' in line for line in result["lowContrast"]), result["lowContrast"]
    assert any('class="cv-axis"' in line for line in result["lowContrast"]), result["lowContrast"]
    assert any('class="cv-intro"' in line and "px wide" in line for line in result["overflow"]), result["overflow"]


@pytest.mark.parametrize("scheme", list(SCHEMES))
def test_screenshots_for_a_person_to_look_at(page, tmp_path, scheme):
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    opened = page.replace("<details>", "<details open>")
    for section in ("kinds", "topics", "competencies"):
        only = tmp_path / f"{section}.html"
        only.write_text(opened.replace("</head>", f"<style>header, section:not(#{section}) {{ display: none }}</style>"
                                     "</head>", 1), encoding="utf-8")
        shot = ARTEFACTS / f"coverage-{section}-{scheme}.png"
        shot.unlink(missing_ok=True)
        chromium(tmp_path, f"--window-size={WIDTH},1400", "--force-device-scale-factor=2",
                 f"--blink-settings=preferredColorScheme={SCHEMES[scheme]}", f"--screenshot={shot}", only.as_uri())
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", section
