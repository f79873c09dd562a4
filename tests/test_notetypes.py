"""Note types: frozen ids, and templates that only use their own fields."""

from __future__ import annotations

import re

import pytest

from leaderdeck.model import Kind
from leaderdeck.notetypes import note_type, note_types

FIELD_REFERENCE = re.compile(r"{{[#^/]?([^}]+)}}")


def test_model_ids_are_frozen():
    # Anki matches note types by id: changing one orphans every card users have.
    assert {t.name: t.model_id for t in note_types()} == {
        "leaderdeck STAR": 1708123401,
        "leaderdeck Scenario": 1708123402,
        "leaderdeck Q&A": 1708123403,
    }


@pytest.mark.parametrize("kind", list(Kind))
def test_templates_reference_only_their_fields(kind):
    notetype = note_type(kind)
    for template in notetype.templates:
        for side in (template.front, template.back):
            names = {name.strip() for name in FIELD_REFERENCE.findall(side)} - {"FrontSide"}
            assert names <= set(notetype.fields), names - set(notetype.fields)
            assert "include:" not in side


@pytest.mark.parametrize("kind", list(Kind))
def test_templates_load_no_scripts_or_remote_resources(kind):
    notetype = note_type(kind)
    for template in notetype.templates:
        for side in (template.front, template.back):
            assert "<script" not in side and "src=" not in side
    assert "@import" not in notetype.css and "url(" not in notetype.css
