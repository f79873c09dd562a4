"""The coverage page in headless Chromium at phone size, in light and dark mode: no horizontal
scrolling, WCAG AA contrast (SVG text included), text of a readable size, no request. Screenshots
go to build/artefacts/phone/ for a person to look at."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from leaderdeck.coverage import cover
from leaderdeck.coveragepage import coverage_page
from leaderdeck.loader import load_sources
from leaderdeck.model import Kind
from leaderdeck.preview import NO_REQUESTS
from leaderdeck.workspace import starter_files
from test_phone_chromium import ARTEFACTS, CHROMIUM, HEIGHT, WIDTH, chromium

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
MEASURE = Path(__file__).parent / "test_coverage_measure.js"
RESULT = re.compile(r'<pre id="leaderdeck-result">(.*?)</pre>', re.DOTALL)
SCHEMES = {"light": "1", "dark": "0"}  # Blink's preferredColorScheme setting
HARNESS = """<!doctype html>
<html><head><meta charset="utf-8"></head>
<body style="margin:0">
<iframe id="phone" width="{width}" height="{height}" style="border:0;display:block" srcdoc="{page}"></iframe>
<pre id="leaderdeck-result"></pre>
<script>
{script}
window.addEventListener("load", () => {{
  const result = measureCoverage(document.getElementById("phone").contentWindow);
  document.getElementById("leaderdeck-result").textContent = JSON.stringify(result);
}});
</script>
</body></html>
"""


@pytest.fixture(scope="module")
def page(taxonomy) -> str:
    """A bank of twelve of the starter stories (two tables of the matrix), the rest as example questions."""
    starter = load_sources(starter_files(), taxonomy)
    stories = [n for n in starter if n.kind is Kind.STAR][::3][:12]
    return coverage_page(cover(stories, taxonomy, [n for n in starter if n not in stories]))


@pytest.fixture(scope="module", params=list(SCHEMES))
def measured(request, page, tmp_path_factory) -> dict:
    tmp_path = tmp_path_factory.mktemp(f"coverage-{request.param}")
    assert page.count(f'<meta http-equiv="Content-Security-Policy" content="{NO_REQUESTS}">') == 1
    harness = tmp_path / "harness.html"
    harness.write_text(HARNESS.format(width=WIDTH, height=HEIGHT, page=html.escape(page),
                                      script=MEASURE.read_text(encoding="utf-8")), encoding="utf-8")
    dom = chromium(tmp_path, "--window-size=1000,1000", "--virtual-time-budget=30000",
                   f"--blink-settings=preferredColorScheme={SCHEMES[request.param]}", "--dump-dom", harness.as_uri())
    match = RESULT.search(dom)
    assert match and match.group(1).strip(), "the measuring script wrote nothing"
    return json.loads(html.unescape(match.group(1))) | {"scheme": request.param}


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
    harness = tmp_path / "harness.html"
    harness.write_text(HARNESS.format(width=WIDTH, height=HEIGHT, page=html.escape(broken),
                                      script=MEASURE.read_text(encoding="utf-8")), encoding="utf-8")
    dom = chromium(tmp_path, "--window-size=1000,1000", "--virtual-time-budget=30000",
                   "--blink-settings=preferredColorScheme=1", "--dump-dom", harness.as_uri())
    result = json.loads(html.unescape(RESULT.search(dom).group(1)))
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
