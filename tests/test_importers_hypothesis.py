"""Arbitrary text and bytes into the reader, every role rule and the spreadsheet path: the project's own
error type or a result, never anything else."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from leaderdeck.errors import LeaderdeckError
from leaderdeck.importers import Columns
from leaderdeck.importers.assemble import Assembler
from leaderdeck.importers.document import clean
from leaderdeck.importers.labels import joined_slots, slot
from leaderdeck.importers.notes import unit_note
from leaderdeck.importers.outline import outline
from leaderdeck.importers.parts import label_of
from leaderdeck.importers.questions import question_of
from leaderdeck.importers.reader import read_document_text
from leaderdeck.importers.scan import Scanner
from leaderdeck.importers.spreadsheet import import_rows
from leaderdeck.importers.placeholders import is_placeholder
from leaderdeck.importers.text import (clean_title, follow_ups, is_coaching, is_instruction, is_question,
                                       only_questions, quoted_question, sentence_split, split_number)

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PIECES = st.sampled_from([
    "\n", "\r\n", "# ", "### ", "**", "**S:** ", "- ", "  - ", "\t", "1. ", "10000. ", "> ", "```", "~~~", "---",
    "===", "<details><summary>", "</summary>", "</details>", "<!--", "-->", ":::danger x", ":::", "import x from 'y'",
    "<Box a=\"1\" />", "Situation", "Task:", "Action –", "Result", "+R:", "Question:", "Tell me about", "?", "=>",
    "(Follow-ups: a? b?)", "[FILL: x]", "_[Describe]_", "X Y Z", "|a|b|\n|-|-|\n|1|2|", "Related: x", "Tips",
    "What interviewers look for", "Red flags", "Your Task", "Key Challenges:", "ðŸŽ¯", "\u00a0", "\ufeff", "\x00",
    "> [!question] ", "> [!tip]- ", "> [!NOTE]", "\\.", "\\[", "1\\. ", "Q. ", "**Q.** ", "A) ", "Situation/Task:",
    "Challenge:", "Obstacle:", "My story: ", "Story: ", "Good for: ", "\"Tell me about a b c\"", "Round 2 - ",
    "🎯 **Situation:** ", "Your challenge:", "Level: Director", "Category: x", "{\\rtf1",
])
DOCUMENTS = st.one_of(st.text(max_size=400), st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=60).map("".join))


@SETTINGS
@given(DOCUMENTS, st.sampled_from(["doc.md", "doc.txt", "doc", "page.mdx"]))
def test_the_reader_and_assembly_take_any_text(text, name):
    doc = read_document_text(text, name)
    assert all(b.line >= 1 and b.end >= b.line for b in doc.blocks)
    result = Assembler().node(outline(doc.blocks), [], [])
    for unit in result.units:
        unit_note(unit, plain=doc.plain)


@SETTINGS
@given(st.text(max_size=200))
def test_every_role_rule_takes_any_text(text):
    slot(text)
    clean(text)
    for rule in (clean_title, follow_ups, is_coaching, is_instruction, is_placeholder, is_question, only_questions,
                 split_number, quoted_question, sentence_split, joined_slots):
        rule(text)
    for block in read_document_text(text, "x.txt").blocks + read_document_text(text, "x.md").blocks:
        label_of(block)
        question_of(block)
    Scanner([]).scan(list(read_document_text(text, "x.md").blocks))


@SETTINGS
@given(st.one_of(st.text(max_size=300), st.binary(max_size=300).map(lambda b: b.decode("latin-1"))),
       st.sampled_from(["a.csv", "a.tsv", "a.txt"]))
def test_the_spreadsheet_path_raises_only_the_projects_error(text, name):
    try:
        import_rows(text, name, name, Columns())
    except LeaderdeckError:
        pass


@SETTINGS
@given(st.lists(st.lists(st.text(max_size=20), min_size=1, max_size=4), min_size=1, max_size=6))
def test_any_table_of_cells_imports_or_names_the_missing_question(rows):
    import csv
    import io

    out = io.StringIO()
    csv.writer(out).writerows([["Question", "Answer", "Notes"], *rows])
    try:
        result = import_rows(out.getvalue(), "t.csv", "t.csv", Columns(keep_unknown=True))
    except LeaderdeckError:
        return
    assert all(n.body.question.strip() for n in result.notes)
