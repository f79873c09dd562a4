"""The importer on our own fixtures (tests/fixtures/import), one test per shape of document."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import FIXTURES
from importing import kinds
from leaderdeck.errors import SourceErrors
from leaderdeck.importers import DocumentError, Format, ImportReport, Overrides, import_text
from leaderdeck.importers.document import read_document
from leaderdeck.importers.reader import read_document_text
from leaderdeck.importers.settle import slug
from leaderdeck.model import Kind, Level, ScenarioBody, StarBody

IMPORT = FIXTURES / "import"


def imported(name: str, taxonomy, text: str | None = None, **options) -> ImportReport:
    text = (IMPORT / name).read_text(encoding="utf-8") if text is None else text
    return import_text(text, taxonomy, display=name, source=name, **options)


def messages(report: ImportReport) -> list[str]:
    return [item.message for item in report.attention]


def test_star_page_yields_every_section(taxonomy):
    report = imported("star-page.txt", taxonomy)
    assert report.format == "plain text" and kinds(report) == {"star": 1}
    note = report.notes[0]
    body = note.body
    assert isinstance(body, StarBody) and not note.draft
    assert note.id == "star-migrating-payments-database-without-downtime"
    assert body.question.startswith("Tell me about a time you moved a critical system")
    assert body.question.endswith("keep the risk under control?")
    assert note.level is Level.STAFF  # the "Staff Engineer" chip under the question
    assert note.competencies == ("Technical Judgment", "Risk Management", "Migration Planning")
    assert note.tags == ("situational",)
    assert note.clarifying_questions[0] == ("Do you want the technical mechanics of the cut-over, "
                                           "or how I got the teams aligned?")
    assert len(note.clarifying_questions) == 2
    assert note.assumptions == "I will assume you care most about how risk was reduced step by step."
    assert note.coach.signals == ("risk reduction, incremental delivery, clear rollback criteria",)
    assert note.coach.cheat_code == "Shadow first, switch second, delete last."
    assert body.situation == ("Our ledger ran on a single database server that was eleven years old and out of "
                              "vendor support.\n\nEvery night a batch job locked the main table for forty minutes.")
    assert body.action.splitlines() == [
        "- **Dual Writes:** I added a write path to the new cluster behind a flag and compared every row each night.",
        "- **Shadow Reads:** For three weeks we served reads from the old server and checked them against the new one.",
        "- **Staged Switch:** We moved one region per week, with a written rollback rule for each step.",
    ]
    assert body.learning == "Write the rollback rule before the first switch, not during it."
    assert not report.skipped


def test_crlf_bom_trailing_spaces_and_tabs_change_nothing(taxonomy):
    text = (IMPORT / "star-page.txt").read_text(encoding="utf-8")
    messy = "\ufeff" + text.replace("\n", "  \t\r\n")
    assert imported("star-page.txt", taxonomy, messy).notes == imported("star-page.txt", taxonomy).notes


def test_a_story_without_a_result_is_a_draft_that_says_so(taxonomy):
    text = (IMPORT / "star-page.txt").read_text(encoding="utf-8")
    cut = text[: text.index("Results\n")] + text[text.index("Reflection\n"):]
    report = imported("star-page.txt", taxonomy, cut)
    note = report.notes[0]
    assert note.draft and note.body.result == "" and note.body.learning
    assert "'Tell me about a time you moved a critical system to new inf…' is a draft: no Result" in messages(report)


def test_scenario_document_with_groups_rounds_and_points(taxonomy):
    report = imported("scenarios.md", taxonomy)
    assert kinds(report) == {"scenario": 3}
    assert [n.body.title for n in report.notes] == ["The Quarter That Slipped", "The Vendor Who Went Quiet",
                                                    "Hiring Against the Clock"]
    first, second, third = (n.body for n in report.notes)
    assert all(isinstance(b, ScenarioBody) for b in (first, second, third))
    assert [n.level for n in report.notes] == [Level.MANAGER, Level.DIRECTOR, Level.SENIOR]
    assert (first.duration, first.company) == ("30 minutes", "Logistics scale-up")
    assert first.challenges == ("Promises made outside engineering", "Teams that under-reported risk for weeks",
                                "A roadmap review with the CEO on Friday")
    assert [(p.heading, len(p.questions)) for p in first.discussion] == [("First Conversations", 2),
                                                                         ("Resetting Expectations", 2)]
    assert [(p.heading, p.questions) for p in second.discussion] == [
        ("Immediate Risk", ("What breaks first if the vendor disappears tomorrow?",
                            "How much would a temporary fallback cost?")),
        ("Negotiation", ("What leverage do you have before the renewal?",)),
    ]
    assert "unknown level label 'Intern Coordinator' (1 note); set to senior (pass --level, or add the label " \
           "to the taxonomy's aliases)" in messages(report)
    assert any("mis-decoded" in m for m in messages(report))
    assert [s.what for s in report.skipped] == ["text under 'Panel Scenarios for Engineering Leaders'",
                                                "'Last Reviewed'"]
    # "## Tips for Scenario Rounds" names the page's tips: on a page of three notes, each one's coaching
    assert all(n.coach.tips == ("**Think Aloud**: Say which trade-off you are weighing.",
                                "**Ask First**: Confirm the constraints before you propose anything.")
               for n in report.notes)


def test_numbered_article_with_bonus_questions_and_closing_prose(taxonomy):
    report = imported("numbered-qa.txt", taxonomy)
    questions = [n.body.question for n in report.notes]
    assert len(questions) == 7 and report.drafts == 2
    assert questions[3] == "How do you decide what to measure for your team?"  # a repeated number 3
    assert [n.draft for n in report.notes] == [False] * 5 + [True] * 2
    answers = [n.body.answer for n in report.notes]
    assert "1. Lead time from merge to production.\n2. Change failure rate." in answers[3]
    assert not any("Related" in a or "Practise" in a for a in answers)
    assert [(s.line, s.why) for s in report.skipped] == [(1, "not part of a question"),
                                                         (9, "not interview content"),
                                                         (23, "not interview content")]


def test_markdown_question_bank_with_emoji_numbers_and_code(taxonomy):
    report = imported("question-bank.md", taxonomy)
    assert [n.body.question for n in report.notes] == ["Tell me about your current platform",
                                                       "Why did you choose a shared pipeline?",
                                                       "How do you roll back a bad release?"]
    answers = [n.body.answer for n in report.notes]
    assert answers[1] == ("Teams were maintaining twelve slightly different pipelines, and every security fix had "
                          "to be made twelve times.")
    assert answers[2].endswith("```bash\n# rollback is one command\ndeploy rollback --to previous\n```")


def test_markdown_star_notes_with_template_coaching_and_titles(taxonomy):
    report = imported("star-notes.md", taxonomy)
    turned, certificate, reviewer = report.notes
    assert turned.body.question == "Tell me about a time you turned around a struggling team."
    assert turned.body.action.startswith("I paired with each engineer")  # inside a blockquote
    assert turned.coach.signals == ("A diagnosis before a prescription", "Changes measured against a baseline")
    assert {n.level for n in report.notes} == {Level.MANAGER}  # from the front matter
    assert certificate.body.question == "Ownership: The Forgotten Certificate"
    assert certificate.competencies == ("Ownership", "Incident Prevention")
    assert reviewer.draft and not reviewer.body.result
    assert [s.what for s in report.skipped][:1] == ["section 'Answer Template'"]


def test_bullet_story_bank_with_titles_variants_and_details(taxonomy):
    report = imported("bullet-stories.md", taxonomy)
    assert kinds(report) == {"star": 3} and report.drafts == 1
    rollback, backlog, review = report.notes
    assert (rollback.body.title, rollback.body.question) == ("The Midnight Rollback (Incidents)",
                                                              "Tell me about an incident you led.")
    assert rollback.variants == ("Describe a time you made a call under pressure.",)
    assert rollback.body.learning.startswith("Rolling back first")  # +R is the learning
    assert rollback.topic.name == "Crisis & Incidents"  # from "(Incidents)"
    assert backlog.body.question == "The Silent Backlog" and backlog.body.situation == (
        "- Support tickets waited eleven days on average.\n- Nobody owned the queue.")
    assert review.body.title == "The Design Review Nobody Wanted" and review.draft
    assert "'How did you get a team to adopt a practice they resisted?' is a draft: no Result" in messages(report)


def test_coaching_page_is_one_note_with_signals_tips_and_the_fenced_answer(taxonomy):
    report = imported("coaching-page.md", taxonomy)
    assert kinds(report) == {"star": 1}
    note = report.notes[0]
    assert note.body.question == "Tell me about a time you lost a key engineer. What did you do?"
    assert note.body.situation.startswith("Our only payments specialist resigned")
    assert note.body.learning == "I now keep a second owner for every critical system."
    assert note.coach.signals == ("You noticed the signs before the resignation letter",
                                  "You protected the team's commitments afterwards")
    assert note.coach.tips == ("Red flag: Blaming the person who left", "Red flag: No change in how you work since",
                               "Talk about the handover, not the drama.", "Name one thing you now do differently.")
    assert note.level is Level.MANAGER  # front matter
    assert [s.what for s in report.skipped] == ["text outside the STAR parts", "section 'Related articles'"]


def test_a_case_that_fills_the_document_is_one_scenario(taxonomy):
    report = imported("single-case.md", taxonomy)
    assert kinds(report) == {"scenario": 1}
    body = report.notes[0].body
    assert body.title == "Take-Home: The Platform That Ran Out of Road"
    assert body.situation.startswith("Your company runs one shared deployment platform")
    assert "Six platform engineers" in body.situation  # "The Team" is context
    assert body.challenges == ("A security audit due in eight weeks",
                               "Three product launches that need new platform features",
                               "Weekly outages blamed on the platform")
    assert body.question == "Prepare a thirty-minute presentation for the VP of Engineering with your plan for " \
                            "the next quarter."
    assert [p.heading for p in body.discussion] == ["Launches or audit", "Rewrite or repair"]
    assert not report.skipped


def test_heading_bank_placeholders_and_signal_only_questions_are_drafts(taxonomy):
    report = imported("heading-bank.md", taxonomy)
    assert kinds(report) == {"qa": 6} and report.drafts == 5
    notes = {n.body.question: n for n in report.notes}
    assert notes["How do you decide what the platform team builds next?"].body.answer.startswith("We keep")
    for question in ("How do you say no to a senior stakeholder?", "How do you measure platform adoption?",
                     "Tell me about a time you improved developer experience."):
        assert notes[question].draft and notes[question].body.answer == ""
    fail = notes["Why do platform teams fail?"]
    assert fail.draft and len(fail.coach.signals) == 2
    assert "'Why do platform teams fail?' is a draft: no answer, only what interviewers look for" in messages(report)


def test_spreadsheet_with_bom_crlf_quoted_lines_and_empty_cells(taxonomy):
    report = imported("stories.csv", taxonomy)
    # the row that asks and tells nothing in a sheet of STAR columns is a story still to write
    assert report.format == "spreadsheet (CSV/TSV)" and kinds(report) == {"star": 2}
    split, hired = report.notes
    assert split.body.action == ("I mapped who worked on what for a month,\nthen drew two teams around the two "
                                 "busiest services.")
    assert split.topic.name == "Org Design & Scaling" and not split.draft
    assert hired.draft and hired.topic.name == "Hiring"
    assert [(s.line, s.what) for s in report.skipped] == [(1, "column 'Owner notes'"), (5, "a row")]


def test_spreadsheet_columns_can_be_named_and_unknown_ones_kept(taxonomy):
    from leaderdeck.importers import Columns

    text = "Prompt\tNotes\tExtra\nHow do you plan a quarter?\tWith the teams.\tfrom a mentor\n"
    report = imported("plan.tsv", taxonomy, text, columns=Columns.parse("answer=Notes", keep_unknown=True))
    note = report.notes[0]
    assert (note.body.question, note.body.answer) == ("How do you plan a quarter?", "With the teams.")
    assert note.coach.tips == ("**Extra:** from a mentor",)
    with pytest.raises(ValueError, match="'color=Extra' is not FIELD=HEADER"):
        Columns.parse("color=Extra")


def test_a_spreadsheet_without_a_question_column_says_how_to_name_it(taxonomy):
    with pytest.raises(DocumentError) as caught:
        imported("x.csv", taxonomy, "Alpha,Beta\n1,2\n")
    assert caught.value.problems[0].message == ("no question column (headers: Alpha, Beta); name it with "
                                                "--columns question=HEADER")


def test_overrides_set_level_and_topic_of_every_note(taxonomy):
    hiring = taxonomy.topic("Hiring")
    report = imported("numbered-qa.txt", taxonomy, overrides=Overrides(Level.EXECUTIVE, hiring))
    assert {(n.level, n.topic) for n in report.notes} == {(Level.EXECUTIVE, hiring)}
    assert not any("level" in m or "topic" in m for m in messages(report))


def test_ids_are_readable_unique_and_avoid_taken_ones(taxonomy):
    taken = {"qa-run-first-month-new-team"}
    report = imported("numbered-qa.txt", taxonomy, taken=taken)
    ids = [n.id for n in report.notes]
    assert ids[0] == "qa-run-first-month-new-team-2"
    assert len(set(ids)) == len(ids) and set(ids) <= taken


@pytest.mark.parametrize(("text", "expected"), [
    ("How do you handle a team member’s burnout?", "handle-team-members-burnout"),
    ("Tell me about yourself", "yourself"),
    ("Émigré & café: the über-plan for Q3", "emigre-cafe-uber-plan-q3"),
    ("🎯 ✨", ""),
])
def test_slug(text, expected):
    assert slug(text) == expected


def test_nothing_recognisable_is_an_error(taxonomy):
    with pytest.raises(DocumentError) as caught:
        imported("notes.txt", taxonomy, "Groceries\n\nmilk, eggs, flour\n")
    assert str(caught.value.problems[0]) == "notes.txt:1: nothing recognisable as a note (no question, story or " \
                                            "scenario found in: text under 'Groceries' at line 1); write the " \
                                            "question as a heading or a 'Q:' line above its answer"


def test_a_page_without_its_question_says_what_it_holds(taxonomy):
    page = ("Interviewers use this one to see how you think about growth.\n\n## How to answer\n\n- Pick one skill\n"
            "- Say what you did about it\n\n## Sample answer\n\nLast spring I taught myself to read a profiler.\n\n"
            "## A second sample\n\nI asked for the on-call rota to learn the system.\n\n## Closing\n\nKeep it short.\n")
    with pytest.raises(DocumentError) as caught:
        imported("growth.md", taxonomy, page)
    message = caught.value.problems[0].message
    assert message.startswith("nothing recognisable as a note (no question, story or scenario found in: ")
    assert "section 'How to answer' at line 3" in message and ", and 2 more)" in message
    assert message.endswith("write the question as a heading or a 'Q:' line above its answer")


def test_an_empty_document_has_nothing_to_tell(taxonomy):
    with pytest.raises(DocumentError) as caught:
        imported("empty.md", taxonomy, "\n\n")
    assert caught.value.problems[0].message == "nothing recognisable as a note (no question, story or scenario found)"


def test_forcing_a_reading_sets_every_note_s_kind(taxonomy):
    report = imported("heading-bank.md", taxonomy, fmt=Format.STAR_PAGE)
    assert {n.kind for n in report.notes} == {Kind.STAR} and report.format == "STAR page"
    with pytest.raises(SourceErrors):
        imported("numbered-qa.txt", taxonomy, fmt=Format.CSV)


def test_reader_keeps_line_numbers_and_sets_front_matter_and_components_aside():
    text = ("---\ntitle: x\nlevel: Staff\n---\nimport { Box } from '@site/box';\n\n<Box\n  a=\"1\"\n/>\n\n"
            "# Heading\n\n<!-- a comment -->\ntext\n")
    doc = read_document_text(text, "page.mdx")
    assert [(b.kind.value, b.line, b.text) for b in doc.blocks] == [("heading", 11, "Heading"),
                                                                  ("paragraph", 14, "text")]
    assert doc.meta_value("LEVEL") == "Staff"
    assert [what for _, what in doc.aside] == ["front matter", "an import line", "a <Box> component",
                                               "an HTML comment"]


def test_plain_text_is_read_line_by_line_with_underlines_and_tabs():
    doc = read_document_text("Title\n=====\n1.\tFirst group\n\t- Why?\nLabel: value\n", "notes.txt")
    assert doc.plain
    assert [(b.kind.value, b.indent, b.number, b.lead, b.text) for b in doc.blocks] == [
        ("heading", 0, None, "", "Title"), ("item", 0, 1, "", "First group"), ("item", 1, None, "", "Why?"),
        ("paragraph", 0, None, "Label", "Label: value")]


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


def test_ten_thousand_numbered_questions_stay_apart(taxonomy):
    lines = [f"{n}. How would you handle case {n}?\nI would handle case {n} with care." for n in range(1, 10_002)]
    report = imported("big.txt", taxonomy, "\n".join(lines))
    assert len(report.notes) == 10_001
    assert report.notes[9_999].body.question == "How would you handle case 10000?"
    assert report.notes[9_998].body.answer == "I would handle case 9999 with care."


def test_a_numbered_list_in_an_answer_is_not_a_run_of_questions(taxonomy):
    text = ("1. How do you plan a quarter?\nIn three steps:\n1. Describe the goals to the team.\n"
            "2. Do a capacity check.\n3. Share the plan.\n2. What do you do when a plan slips?\nI say so early.\n")
    report = imported("plan.txt", taxonomy, text)
    assert [n.body.question for n in report.notes] == ["How do you plan a quarter?",
                                                       "What do you do when a plan slips?"]
    assert report.notes[0].body.answer == ("In three steps:\n\n1. Describe the goals to the team.\n"
                                           "2. Do a capacity check.\n3. Share the plan.")


def test_document_paths_are_read_from_disk(tmp_path):
    path = tmp_path / "d.txt"
    path.write_bytes("Situation\nwe shipped\n".encode("utf-16"))
    assert read_document(path, "d.txt") == "Situation\nwe shipped\n"
    assert Path(path).exists()
