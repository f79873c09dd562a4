"""Editing one value of a YAML source changes the lines of that value and nothing else."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from leaderdeck.sourceedit import Edit, ListChange, SourceEditError, edit_source
from leaderdeck.yamlnodes import read_yaml

SOURCE = """\
# Stories for the director loop.
defaults:
  tags: [fixture]   # every note
notes:
  - id: star-a
    kind: star
    question: 'Tell me about a hard call.'   # single quotes stay
    competencies: [Judgement, "Courage"]
    clarifying_questions:
      - Which hard call?
      - How recent?
    star:
      situation: "A release was late."
      task: I owned it.
      action: |
        - I cut scope.

        - I told the board.
      result: >
        Shipped in two weeks
        with 90% of scope.
    # coach notes follow
    coach:
      cheat_code: Cut, tell, ship.
  - id: qa-b
    kind: qa
    question: What is slack for?
    answer: Absorbing surprises.
"""


def changed_lines(before: str, after: str) -> list[str]:
    return [line for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
            if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def value(text: str, note: int, *path: str):
    root, problems = read_yaml(Path("x.yaml"), "x.yaml", text.encode("utf-8"))
    assert not problems
    node = root.get("notes").value.items[note]
    for key in path:
        entry = node.get(key)
        if entry is None:
            return None
        node = entry.value
    if hasattr(node, "items"):
        return [item.value for item in node.items]
    return node.value


@pytest.mark.parametrize(("edit", "expected"), [
    (Edit("star-a", ("star", "task"), "I owned it, alone."),
     ["-      task: I owned it.", "+      task: I owned it, alone."]),
    (Edit("star-a", ("question",), "Tell me about a call you regret."),
     ["-    question: 'Tell me about a hard call.'   # single quotes stay",
      "+    question: 'Tell me about a call you regret.'   # single quotes stay"]),
    (Edit("star-a", ("star", "situation"), "A release was late: again."),
     ['-      situation: "A release was late."', '+      situation: "A release was late: again."']),
    (Edit("star-a", ("star", "action"), "- I cut scope.\n- I told the board first."),
     ["-", "-        - I told the board.", "+        - I told the board first."]),
    (Edit("star-a", ("star", "result"), "Shipped in two weeks."),
     ["-      result: >", "-        Shipped in two weeks", "-        with 90% of scope.",
      "+      result: |", "+        Shipped in two weeks."]),
    (Edit("star-a", ("clarifying_questions",), ["Which hard call?"]), ["-      - How recent?"]),
    (Edit("star-a", ("competencies",), ["Judgement"]),
     ['-    competencies: [Judgement, "Courage"]', "+    competencies: [Judgement]"]),
    (Edit("star-a", ("star", "learning"), "Cut early."), ["+      learning: Cut early."]),
    (Edit("qa-b", ("coach", "tips"), ["Name a number.", "Say: why"]),
     ["+    coach:", "+      tips: [Name a number., 'Say: why']"]),
    (Edit("star-a", ("coach", "cheat_code"), None),
     ["-    coach:", "-      cheat_code: Cut, tell, ship."]),
    (Edit("qa-b", ("answer",), "yes"), ["-    answer: Absorbing surprises.", "+    answer: 'yes'"]),
    (Edit("qa-b", ("tags",), ListChange(add=("phone",))), ["+    tags: [phone]"]),
])
def test_only_the_lines_of_the_value_change(edit, expected):
    after = edit_source(SOURCE, [edit])
    assert changed_lines(SOURCE, after) == expected
    note = 0 if edit.note_id == "star-a" else 1
    wanted = edit.value
    if isinstance(wanted, ListChange):
        wanted = list(wanted.add)
    got = value(after, note, *edit.path)
    assert got == wanted or (wanted is None and got is None) or (isinstance(got, str) and got.strip() == wanted)


def test_several_edits_of_one_note_land_in_field_order():
    after = edit_source(SOURCE, [Edit("qa-b", ("coach", "cheat_code"), "Slack = options."),
                                 Edit("qa-b", ("tags",), ListChange(add=("phone",)))])
    assert changed_lines(SOURCE, after) == ["+    coach:", "+      cheat_code: Slack = options.",
                                            "+    tags: [phone]"]


def test_a_tag_from_the_defaults_cannot_be_removed_from_one_note():
    with pytest.raises(SourceEditError, match="comes from the file's defaults") as caught:
        edit_source(SOURCE, [Edit("qa-b", ("tags",), ListChange(remove=("fixture",)))])
    assert caught.value.edit.note_id == "qa-b"


def test_a_single_note_file():
    text = "id: qa-c\nkind: qa\nquestion: Why?\nanswer: Because.  # short\n"
    after = edit_source(text, [Edit("qa-c", ("answer",), "Because it matters.")])
    assert after == "id: qa-c\nkind: qa\nquestion: Why?\nanswer: Because it matters.  # short\n"


def test_an_alias_is_left_for_a_person():
    text = "notes:\n  - id: qa-c\n    question: &q Why?\n    answer: *q\n"
    with pytest.raises(SourceEditError, match="is a YAML alias"):
        edit_source(text, [Edit("qa-c", ("answer",), "Because.")])


TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Co", "Zl", "Zp"),
                                      exclude_characters="\ufeff\x85"),
               min_size=1, max_size=60).map(str.strip).filter(bool)
LINES = st.lists(TEXT, min_size=1, max_size=4).map("\n".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from([("qa-b", 1, ("answer",)), ("star-a", 0, ("star", "action")),
                        ("star-a", 0, ("question",)), ("star-a", 0, ("star", "situation"))]),
       st.one_of(TEXT, LINES))
def test_any_text_reads_back_and_the_rest_of_the_file_stays(target, text):
    note_id, index, path = target
    after = edit_source(SOURCE, [Edit(note_id, path, text)])
    assert value(after, index, *path).strip() == text
    kept = [line for line in changed_lines(SOURCE, after) if line.startswith("-")]
    old_value = value(SOURCE, index, *path)
    assert all(line[1:].strip() in old_value or line[1:].strip().endswith(("|", ">", "quotes stay"))
               or line[1:].strip().startswith(path[-1]) for line in kept)
    for other, other_path in ((0, ("star", "task")), (1, ("question",)), (0, ("coach", "cheat_code"))):
        assert value(after, other, *other_path) == value(SOURCE, other, *other_path)
    assert after.count("#") >= SOURCE.count("#")
