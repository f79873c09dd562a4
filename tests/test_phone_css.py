"""The card stylesheet keeps the promises a phone needs, checked without a browser."""

from __future__ import annotations

import re

from leaderdeck.notetypes import all_note_types

CSS = all_note_types()[0].css
TOKENS = ("--ld-bg", "--ld-surface", "--ld-text", "--ld-muted", "--ld-link", "--ld-s", "--ld-t", "--ld-a", "--ld-r",
          "--ld-l", "--ld-badge-fg")


def test_every_note_type_shares_one_stylesheet():
    assert {t.css for t in all_note_types()} == {CSS}


def test_text_sizes_follow_the_users_font_size():
    sizes = re.findall(r"font-size:\s*([^;]+);", CSS)
    assert sizes and all(re.fullmatch(r"[\d.]+r?em|1", size.strip()) for size in sizes), sizes


def test_no_media_queries_so_the_preview_lays_out_like_a_phone():
    assert "@media" not in CSS and "vw" not in re.sub(r"/\*.*?\*/", "", CSS, flags=re.DOTALL)


def test_nothing_is_loaded():
    assert not re.search(r"@import|@font-face|url\(", CSS)


def test_night_mode_redefines_every_colour_token():
    def block(selector: str) -> str:
        start = CSS.index(selector)
        return CSS[CSS.index("{", start):CSS.index("}", start)]

    day, night = block(".card,\n.ld-card {"), block(".card.nightMode,")
    assert "color-scheme: light" in day and "color-scheme: dark" in night
    for token in TOKENS:
        assert f"{token}:" in day and f"{token}:" in night, token
