"""The preview's template substitution is Anki's: same cards, same HTML, same errors."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leaderdeck.model import Kind
from leaderdeck.notetypes import NoteType, drill_note_type, note_type
from leaderdeck.template import TemplateError, card_templates, field_is_empty, parse, render, render_cards

STAR_SECTIONS = ("Situation", "Task", "Action", "Result", "Learning")
# values that sit on the edges of Anki's "is this field empty?" rule
TRICKY = ("", " ", "\n\t", "<br>", "<BR />", "<div></div>", " <div> <br> </div>\n", "\u00a0", "x",
          "<p>Some <strong>text</strong></p>", "<div>x</div>", "{{Question}}", "a\nb")


@pytest.mark.parametrize("text", ["", " ", "\n", "<br>", "<BR>", "<div />", "</div>", " <div> <br> </div>\n"])
def test_empty_fields_by_anki_rule(text):
    assert field_is_empty(text)


@pytest.mark.parametrize("text", ["x", " <div>x</div>\n", "\u00a0", "<p></p>", "<br><b>y</b>"])
def test_non_empty_fields_by_anki_rule(text):
    assert not field_is_empty(text)


def test_sections_and_inverted_sections():
    template = "{{#A}}a={{A}};{{/A}}{{^A}}no a;{{/A}}{{#B}}b;{{/B}}{{^B}}no b{{/B}}"
    assert render(template, {"A": "1", "B": "<br>"}) == "a=1;no b"
    assert render(template, {"A": " ", "B": "2"}) == "no a;b;"


def test_front_side_and_field_names_with_spaces():
    back = "{{FrontSide}}<hr id=answer>{{ Coach Tips }}"
    assert render(back, {"Coach Tips": "t"}, "front") == "front<hr id=answer>t"
    assert render("[{{FrontSide}}]", {}) == "[]"


def test_field_values_are_not_templates():
    assert render("{{A}}", {"A": "{{B}}"}) == "{{B}}"


@pytest.mark.parametrize(
    ("template", "message"),
    [
        ("{{#A}}x", "{{#A}} is never closed"),
        ("x{{/A}}", "{{/A}} closes a section that is not open"),
        ("{{#A}}{{/B}}{{/A}}", "{{/B}} closes a section that is not open"),
        ("{{A", "missing '}}'"),
        ("{{Nope}}", "no field 'Nope' in this note type"),
        ("{{#Nope}}{{/Nope}}", "no field 'Nope' in this note type"),
        ("{{text:A}}", "template filters are not supported: {{text:A}}"),
    ],
)
def test_template_errors(template, message):
    with pytest.raises(TemplateError, match=message.replace("{", r"\{").replace("}", r"\}").replace("^", r"\^")):
        render(template, {"A": "x"})


def test_parse_is_nested():
    nodes = parse("{{#A}}{{#A}}x{{/A}}{{/A}}")
    assert len(nodes) == 1 and nodes[0].children[0].children[0].text == "x"


def test_drill_cards_only_for_present_sections():
    drill = drill_note_type()
    values = {name: "" for name in drill.fields} | {"Question": "Q", "Situation": "s", "Result": "<div>r</div>",
                                                     "Learning": "<br>"}
    cards = card_templates(drill, [values[name] for name in drill.fields])
    assert [template.name for _, template in cards] == ["Situation", "Result"]
    assert [ord_ for ord_, _ in cards] == [0, 3]


def add_note_type(col, notetype: NoteType) -> dict:
    models = col.models
    model = models.new(notetype.name)
    for name in notetype.fields:
        models.add_field(model, models.new_field(name))
    for template in notetype.templates:
        entry = models.new_template(template.name)
        entry["qfmt"], entry["afmt"] = template.front, template.back
        models.add_template(model, entry)
    model["css"] = notetype.css
    models.add(model)
    return models.by_name(notetype.name)


def test_cards_and_html_match_anki_for_any_field_values(collection):
    """Hypothesis fills the STAR fields with edge-case values; Anki and the preview must agree."""
    types = [(t, add_note_type(collection, t)) for t in (note_type(Kind.STAR), drill_note_type())]
    deck = collection.decks.id("Property")

    @settings(max_examples=60, deadline=None)
    @given(values=st.fixed_dictionaries({name: st.sampled_from(TRICKY) for name in ("Question", *STAR_SECTIONS)}))
    def check(values):
        for notetype, model in types:
            note = collection.new_note(model)
            for name in notetype.fields:
                note[name] = values.get(name, "")
            collection.add_note(note, deck)
            ours = render_cards(notetype, [note[name] for name in notetype.fields])
            anki = {card.ord: card for card in note.cards()}
            if not ours:
                # Anki keeps one card for a note with none, and flags it as empty
                assert note.id in {entry.note_id for entry in collection.get_empty_cards().notes}
                continue
            assert sorted(anki) == [card.ord for card in ours]
            for card in ours:
                output = anki[card.ord].render_output(reload=True)
                assert (output.question_text, output.answer_text) == (card.question, card.answer)

    check()
