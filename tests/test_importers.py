"""Importers on our own fixtures (tests/fixtures/import): what each format yields, field by field."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import FIXTURES
from leaderdeck.errors import SourceErrors
from leaderdeck.importers import DocumentError, Format, ImportReport, Overrides, detect_format, import_text
from leaderdeck.importers.document import prepare, read_document
from leaderdeck.importers.settle import slug
from leaderdeck.model import Kind, Level, ScenarioBody, StarBody

IMPORT = FIXTURES / "import"


def imported(name: str, taxonomy, text: str | None = None, **options) -> ImportReport:
    text = (IMPORT / name).read_text(encoding="utf-8") if text is None else text
    return import_text(text, taxonomy, display=name, source=name, **options)


def messages(report: ImportReport) -> list[str]:
    return [item.message for item in report.attention]


@pytest.mark.parametrize(("name", "expected"), [
    ("star-page.txt", Format.STAR_PAGE),
    ("scenarios.md", Format.SCENARIOS),
    ("numbered-qa.txt", Format.NUMBERED_QA),
    ("question-bank.md", Format.NUMBERED_QA),
    ("star-notes.md", Format.MARKDOWN_STAR),
])
def test_each_fixture_is_detected_as_its_format(name, expected):
    assert detect_format((IMPORT / name).read_text(encoding="utf-8")) is expected


def test_star_page_yields_every_section(taxonomy):
    report = imported("star-page.txt", taxonomy)
    assert report.format is Format.STAR_PAGE and len(report.notes) == 1
    note = report.notes[0]
    body = note.body
    assert isinstance(body, StarBody) and note.kind is Kind.STAR and not note.draft
    assert note.id == "star-migrating-payments-database-without-downtime"
    assert body.question.startswith("Tell me about a time you moved a critical system")
    assert body.question.endswith("keep the risk under control?")
    assert note.level is Level.STAFF
    assert note.competencies == ("Technical Judgment", "Risk Management", "Migration Planning")
    assert note.tags == ("situational",)
    assert note.clarifying_questions[0] == ("Do you want the technical mechanics of the cut-over, "
                                           "or how I got the teams aligned?")
    assert len(note.clarifying_questions) == 2
    assert note.assumptions == "I will assume you care most about how risk was reduced step by step."
    assert note.coach.signals == ("risk reduction", "incremental delivery", "clear rollback criteria")
    assert note.coach.cheat_code == "Shadow first, switch second, delete last."
    assert note.coach.tips == ("**Common Pitfalls:** Candidates often describe the happy path only; say what you "
                               "would have done if the shadow reads had disagreed.",)
    assert body.situation == ("Our ledger ran on a single database server that was eleven years old and out of "
                              "vendor support.\n\nEvery night a batch job locked the main table for forty minutes.")
    assert body.task.startswith("I owned the plan")
    assert body.action.splitlines() == [
        "- **Dual Writes:** I added a write path to the new cluster behind a flag and compared every row each night.",
        "- **Shadow Reads:** For three weeks we served reads from the old server and checked them against the new one.",
        "- **Staged Switch:** We moved one region per week, with a written rollback rule for each step.",
    ]
    assert body.result.startswith("- **Zero Downtime:** No customer saw an error")
    assert body.result.count("\n- **") == 1
    assert body.learning == "Write the rollback rule before the first switch, not during it."
    assert not report.skipped and not report.attention


def test_star_page_survives_crlf_bom_trailing_spaces_and_tabs(taxonomy):
    text = (IMPORT / "star-page.txt").read_text(encoding="utf-8")
    messy = "\ufeff" + text.replace("\n", "  \t\r\n")
    assert imported("star-page.txt", taxonomy, messy).notes == imported("star-page.txt", taxonomy).notes


def test_star_page_without_a_result_is_a_draft_that_needs_attention(taxonomy):
    text = (IMPORT / "star-page.txt").read_text(encoding="utf-8")
    cut = text[: text.index("Results\n")] + text[text.index("Reflection\n"):]
    report = imported("star-page.txt", taxonomy, cut)
    note = report.notes[0]
    assert note.draft and note.body.result == "" and note.body.learning
    assert messages(report) == ["'Tell me about a time you moved a critical system to new inf…' has no Result; "
                                "imported as a draft"]


def test_star_page_with_only_the_narrative(taxonomy):
    text = ("The Question\nHow did you earn the trust of a team you inherited?\nSituation\nThe team had lost "
            "two leads in a year.\nTask\nRebuild trust.\nAction\nI held weekly open forums.\nResult\n"
            "Attrition stopped.\n")
    report = imported("small.txt", taxonomy, text)
    assert report.format is Format.STAR_PAGE
    note = report.notes[0]
    assert note.body.question == "How did you earn the trust of a team you inherited?"
    assert (note.body.situation, note.body.result) == ("The team had lost two leads in a year.", "Attrition stopped.")
    assert note.competencies == () and not note.draft
    assert messages(report) == ["no level stated for 1 note; set to senior (pass --level)"]


def test_scenario_document(taxonomy):
    report = imported("scenarios.md", taxonomy)
    assert report.format is Format.SCENARIOS
    assert [n.body.title for n in report.notes] == ["The Quarter That Slipped", "The Vendor Who Went Quiet",
                                                    "Hiring Against the Clock"]
    first, second, third = (n.body for n in report.notes)
    assert all(isinstance(b, ScenarioBody) for b in (first, second, third))
    assert [n.level for n in report.notes] == [Level.MANAGER, Level.DIRECTOR, Level.SENIOR]
    assert (first.duration, first.company) == ("30 minutes", "Logistics scale-up")
    assert first.situation.startswith("Halfway through the quarter") and first.situation.endswith("large accounts.")
    assert first.challenges == ("Promises made outside engineering", "Teams that under-reported risk for weeks",
                                "A roadmap review with the CEO on Friday")
    assert [(p.heading, len(p.questions)) for p in first.discussion] == [("First Conversations", 2),
                                                                         ("Resetting Expectations", 2)]
    assert first.discussion[1].questions[0] == "How do you tell Sales without losing their trust?"
    assert [(p.heading, p.questions) for p in second.discussion] == [
        ("Immediate Risk", ("What breaks first if the vendor disappears tomorrow?",
                            "How much would a temporary fallback cost?")),
        ("Negotiation", ("What leverage do you have before the renewal?",)),
    ]
    assert third.discussion[0].questions == ("Which interview stages would you cut or merge?",)
    assert [n.topic.name for n in report.notes][1:] == ["Vendors & Partners", "Hiring"]


def test_scenario_document_reports_prose_code_and_repairs(taxonomy):
    report = imported("scenarios.md", taxonomy)
    assert [(s.line, s.what) for s in report.skipped] == [
        (3, "text under 'Panel Scenarios for Engineering Leaders'"),
        (67, "code block (lines 67-70)"),
        (72, "section 'Tips for Scenario Rounds'"),
    ]
    assert messages(report) == [
        "repaired 1 mis-decoded character (such as 'ðŸ§\xad' -> '🧭'); check the text",
        "unknown level label 'Intern Coordinator' (1 note); set to senior (pass --level, or add the label to "
        "the taxonomy's aliases)",
    ]
    assert report.notes[0].topic.name != report.notes[2].topic.name


def test_numbered_article(taxonomy):
    report = imported("numbered-qa.txt", taxonomy)
    assert report.format is Format.NUMBERED_QA
    questions = [n.body.question for n in report.notes]
    assert len(questions) == 7 and report.drafts == 2
    assert questions[3] == "How do you decide what to measure for your team?"  # a repeated number 3
    assert [n.draft for n in report.notes] == [False] * 5 + [True] * 2
    answers = [n.body.answer for n in report.notes]
    assert answers[1].count("\n\n") == 1 and answers[1].endswith("check in weekly.")
    assert "1. Lead time from merge to production.\n2. Change failure rate.\n3. How often" in answers[3]
    assert answers[3].endswith("never to rank individuals.")
    assert not any("Related" in a or "Practise" in a for a in answers)
    assert [(s.line, s.why) for s in report.skipped] == [(1, "prose, not a question"),
                                                         (9, "a link to another article"),
                                                         (23, "prose, not a question")]


def test_markdown_question_bank_with_emoji_numbers(taxonomy):
    report = imported("question-bank.md", taxonomy)
    assert [n.body.question for n in report.notes] == ["Tell me about your current platform",
                                                       "Why did you choose a shared pipeline?",
                                                       "How do you roll back a bad release?"]
    answers = [n.body.answer for n in report.notes]
    assert answers[1] == ("Teams were maintaining twelve slightly different pipelines, and every security fix had "
                          "to be made twelve times.")
    assert answers[2].endswith("```bash\n# rollback is one command\ndeploy rollback --to previous\n```")
    assert not report.skipped


def test_markdown_star_notes(taxonomy):
    report = imported("star-notes.md", taxonomy)
    assert report.format is Format.MARKDOWN_STAR
    turned, certificate, reviewer = report.notes
    assert turned.body.question == "Tell me about a time you turned around a struggling team."
    assert turned.body.task == "Restore confidence in releases within one quarter."
    assert turned.body.action.startswith("I paired with each engineer")  # inside a blockquote
    assert turned.coach.signals == ("A diagnosis before a prescription", "Changes measured against a baseline")
    assert turned.coach.tips == ("Name the baseline before you name the improvement.",
                                 "Keep the team's own work in the spotlight.")
    assert {n.level for n in report.notes} == {Level.MANAGER}  # from the front matter
    assert certificate.body.question == "Ownership: The Forgotten Certificate"
    assert certificate.competencies == ("Ownership", "Incident Prevention")
    assert certificate.body.action == ("- **Inventory:** I listed every certificate we served and who renewed it.\n"
                                       "- **Automation:** I moved renewals to an automatic job with alerts thirty "
                                       "days ahead.")
    assert reviewer.body.question == "Mentoring: Growing a Reviewer" and reviewer.draft
    assert reviewer.body.action == "We reviewed together for a month, and I asked them to lead each review."
    assert [(s.line, s.what, s.why) for s in report.skipped] == [
        (16, "STAR template", "placeholders only, no answer"),
        (43, "section 'Companies That Ask This'", "not part of a STAR story"),
    ]
    assert messages(report) == ["2 of 3 stories have a title, not a question; the title is used as the question",
                                "'Mentoring: Growing a Reviewer' has no Result; imported as a draft"]


def test_overrides_set_level_and_topic_of_every_note(taxonomy):
    hiring = taxonomy.topic("Hiring")
    report = imported("numbered-qa.txt", taxonomy, overrides=Overrides(Level.EXECUTIVE, hiring))
    assert {(n.level, n.topic) for n in report.notes} == {(Level.EXECUTIVE, hiring)}
    assert not report.attention


def test_ids_are_readable_unique_and_avoid_taken_ones(taxonomy):
    taken = {"qa-run-first-month-new-team"}
    report = imported("numbered-qa.txt", taxonomy, taken=taken)
    ids = [n.id for n in report.notes]
    assert ids[0] == "qa-run-first-month-new-team-2"
    assert len(set(ids)) == len(ids) and set(ids) <= taken
    assert [n.id for n in imported("numbered-qa.txt", taxonomy).notes][1:] == ids[1:]


@pytest.mark.parametrize(("text", "expected"), [
    ("How do you handle a team member’s burnout?", "handle-team-members-burnout"),
    ("Tell me about yourself", "yourself"),
    ("Émigré & café: the über-plan for Q3", "emigre-cafe-uber-plan-q3"),
    ("the and of", "the-and-of"),
    ("🎯 ✨", ""),
])
def test_slug(text, expected):
    assert slug(text) == expected


def test_nothing_recognisable_names_the_formats_tried(taxonomy):
    with pytest.raises(DocumentError) as caught:
        imported("notes.txt", taxonomy, "Groceries\n\nmilk, eggs, flour\n")
    assert str(caught.value.problems[0]) == ("notes.txt:1: nothing recognisable as a note; formats tried: STAR page, "
                                             "scenario document, numbered Q&A article, Markdown STAR notes")


def test_a_forced_format_that_finds_nothing_names_it(taxonomy):
    text = (IMPORT / "star-page.txt").read_text(encoding="utf-8")
    with pytest.raises(SourceErrors) as caught:
        imported("star-page.txt", taxonomy, text, fmt=Format.SCENARIOS)
    assert caught.value.problems[0].message == "nothing recognisable as a note; formats tried: scenario document"


def test_forcing_a_format_reads_the_document_that_way(taxonomy):
    report = imported("star-notes.md", taxonomy, fmt=Format.NUMBERED_QA)
    assert report.format is Format.NUMBERED_QA and {n.kind for n in report.notes} == {Kind.QA}


def test_front_matter_is_blanked_but_line_numbers_are_kept():
    doc = prepare("---\ntitle: x\nlevel: Staff\n---\n# Heading\n")
    assert [line.text for line in doc.lines] == ["", "", "", "", "# Heading"]
    assert doc.lines[4].number == 5 and doc.meta_value("LEVEL") == "Staff"
    assert prepare("---\n# not front matter\nplain prose here\n---\n").lines[2].text == "plain prose here"


def test_fenced_code_is_marked():
    doc = prepare("text\n```\n# inside\n```\n## after\n")
    assert [line.code for line in doc.lines] == [False, True, True, True, False]


@pytest.mark.parametrize(("data", "message"), [
    (b"caf\xe9\n", "x.txt:1: not valid UTF-8 (byte 0xe9); save the document as UTF-8 and import it again"),
    (b"line\nbin\x00ary", "x.txt:2: binary data (NUL byte); not a text document"),
])
def test_unreadable_documents_are_clear_errors(tmp_path, data, message):
    path = tmp_path / "x.txt"
    path.write_bytes(data)
    with pytest.raises(DocumentError) as caught:
        read_document(path, "x.txt")
    assert str(caught.value.problems[0]) == message


def test_utf16_with_a_byte_order_mark_is_read(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes("Situation\nwe shipped\n".encode("utf-16"))
    assert read_document(path, "x.txt") == "Situation\nwe shipped\n"


def test_a_missing_document_is_an_error_not_a_traceback(tmp_path):
    with pytest.raises(DocumentError) as caught:
        read_document(Path(tmp_path / "nope.txt"), "nope.txt")
    assert str(caught.value.problems[0]) == "nope.txt:1: cannot read file: No such file or directory"


def test_a_numbered_list_in_an_answer_is_not_a_run_of_questions(taxonomy):
    text = ("1. How do you plan a quarter?\nIn three steps:\n1. Describe the goals to the team.\n"
            "2. Do a capacity check.\n3. Share the plan.\n2. What do you do when a plan slips?\nI say so early.\n")
    report = imported("plan.txt", taxonomy, text)
    assert [n.body.question for n in report.notes] == ["How do you plan a quarter?",
                                                       "What do you do when a plan slips?"]
    assert report.notes[0].body.answer == ("In three steps:\n\n1. Describe the goals to the team.\n"
                                           "2. Do a capacity check.\n3. Share the plan.")


def test_scenario_prose_that_fits_no_field_is_reported(taxonomy):
    text = ("### Scenario 1: Two Teams, One Service\nA note from the author.\n\n**Situation**: Two teams deploy "
            "the same service.\n\n**Key Challenges**:\n- Blurred ownership\n\n**Expected Discussion Points**:\n\n"
            "#### 1. Ownership\nThink about on-call first.\n- Who carries the pager?\n")
    report = imported("two.md", taxonomy, text)
    assert report.notes[0].body.discussion[0].questions == ("Who carries the pager?",)
    assert [(s.line, s.what) for s in report.skipped] == [(2, "text before the scenario's fields"),
                                                          (12, "text under 'Ownership'")]
