"""Round 37 fixes (a): plain-text prep notes of the user's own: (a) a group's name typed in Title Case on a line of
its own between blank lines, over the questions of its group; (b) terse numbered prompts (``1) worst outage``) with
their answers indented deeper under them.
(a) ``Failure Stories`` alone between blank lines, the next line a question, heads the questions under it as a
Markdown ``## Failure Stories`` would. Before, it was read as a paragraph and became the last line of the answer
of the question above it. A Title Case line right under a question (its answer), one with no blank line under it,
or one over lines that do not ask, is left alone.
(c) An answer's mark typed in haste, ``A):-no, never``, ``A)Because ...`` or ``A)`` alone over its lines, is the
answer's mark: the answer no longer opens on ``**A):** -no`` or keeps a line ``A)``. ``A) Plan: ...`` after a space
(a lettered list's item naming its point) is read as before.
(b) A notes file of numbered prompts at the margin, each with its answer on lines indented deeper and unmarked
(``1) worst outage`` / ``      The billing queue stalled ...``), reads each prompt as a question, however terse, and
the indented lines as its answer, as it already read a numbered question that asks. Before, the indented lines were
nested items of an outline and the file gave one note titled by its first line, or nothing. An outline whose
numbered items name sections (``1. First month:``) or whose indented lines are short points stays an outline.
Fixtures are written here in our own words; each fix has a near miss it leaves alone.
"""

from __future__ import annotations

from importing import imported, kinds


# (a) a Title Case group line over its questions --------------------------------------------------------------------

GROUPED = """Prep notes for the platform lead loop

Working With Others

How do you handle a peer who keeps missing handoffs?
I ask what gets in the way, then we agree on a smaller handoff we can both keep.

Why do you want this role?
I like building the tools other teams stand on.

Mistakes And Lessons

Describe a launch that went badly.
We skipped a dry run and the cutover took six hours. Now every cutover gets a rehearsal.

What would you do differently?
Book the rehearsal before the date is announced.
"""


def test_title_case_group_line_heads_its_questions(taxonomy) -> None:
    report = imported(GROUPED, taxonomy, "notes.txt")
    prompts = [note.prompt for note in report.notes]
    assert "Describe a launch that went badly." in prompts
    why = next(note for note in report.notes if note.prompt == "Why do you want this role?")
    assert why.body.answer.strip() == "I like building the tools other teams stand on."
    assert all("Mistakes And Lessons" not in (note.body.answer or "") for note in report.notes)


ANSWERED_IN_TITLE_CASE = """How do you pick a name for a service?

Boring And Obvious

What do you do when a review stalls?
I pair with the reviewer for ten minutes.
"""


def test_title_case_line_under_a_question_stays_its_answer(taxonomy) -> None:
    report = imported(ANSWERED_IN_TITLE_CASE, taxonomy, "notes.txt")
    first = next(note for note in report.notes if note.prompt == "How do you pick a name for a service?")
    assert "Boring And Obvious" in first.body.answer


NOT_OVER_QUESTIONS = """What is your biggest strength?
I stay calm when a release goes wrong.

Quiet Weekends Matter

We stopped paging people for alerts nobody acted on.
"""


def test_title_case_line_over_no_question_is_left_alone(taxonomy) -> None:
    before = imported(NOT_OVER_QUESTIONS, taxonomy, "notes.txt")
    first = before.notes[0]
    assert "Quiet Weekends Matter" in first.body.answer


# (b) terse numbered prompts with their answers indented deeper ----------------------------------------------------

TERSE = """Loop prep

1) worst outage
      The billing queue stalled for an hour after a bad deploy.
      I rolled it back and we added a canary stage to the pipeline.

2) hardest hire
      A strong candidate the panel split on. I asked each interviewer for evidence, not a vote.

3) Why this team?
      I want to build the tools the other teams stand on.
"""


def test_terse_numbered_prompts_take_their_indented_answers(taxonomy) -> None:
    report = imported(TERSE, taxonomy, "prep.txt")
    assert kinds(report) == {"qa": 3}
    prompts = [note.prompt for note in report.notes]
    assert prompts == ["worst outage", "hardest hire", "Why this team?"]
    first = report.notes[0]
    assert first.body.answer.startswith("The billing queue stalled")
    assert "canary stage" in first.body.answer
    assert report.notes[2].body.answer.strip() == "I want to build the tools the other teams stand on."


OUTLINE = """Plan for the first quarter

1. First month:
      Meet every engineer on the team one to one.
      Read the last three incident reviews.

2. Second month:
      Pick one process to fix and say why.
"""


def _prompted(text: str, name: str) -> list[str]:
    """The lines of ``text`` read as prompts by their structure."""
    from leaderdeck.importers.reader import read_document_text
    return [block.rest for block in read_document_text(text, name).blocks if block.prompt]


def test_numbered_sections_over_indented_points_stay_an_outline() -> None:
    assert _prompted(OUTLINE, "plan.txt") == []


STACK = """Projects

1) Search rebuild
      Python
      Postgres

2) Billing export
      Go
"""


def test_short_points_under_numbered_names_are_no_answers() -> None:
    assert _prompted(STACK, "projects.txt") == []


MARKED_TERSE = """Q1) Tell me about a time you led without authority
\tThree teams agreed on one log format after I wrote the proposal and ran a trial.

Q2) biggest failure
\tA migration slipped two weeks past its date. I plan with buffers now.
"""


def test_a_marked_terse_prompt_keeps_its_indented_answer_as_text(taxonomy) -> None:
    report = imported(MARKED_TERSE, taxonomy, "marked.txt")
    failure = next(note for note in report.notes if note.prompt == "biggest failure")
    assert failure.body.answer.strip() == "A migration slipped two weeks past its date. I plan with buffers now."


QUARTERS = """What did your team ship last year?
Q3: the billing export, two weeks late.
Q4: the audit log, on time.
"""


def test_a_quarter_labelled_line_in_an_answer_stays_the_answer(taxonomy) -> None:
    report = imported(QUARTERS, taxonomy, "quarters.txt")
    assert kinds(report) == {"qa": 1}
    assert "billing export" in report.notes[0].body.answer


# (a) the same group line right over a new numbered list of questions -----------------------------------------------

LISTS = """Java Basics
1. What does the final keyword do?
2. How does garbage collection decide what to free?

Build Tools
1. How would you speed up a slow Maven build?
2. What goes in a lock file?
"""


def test_title_case_line_over_a_new_list_heads_it(taxonomy) -> None:
    for name in ("lists.md", "lists.txt"):
        report = imported(LISTS, taxonomy, name)
        assert kinds(report) == {"qa": 4}, name
        assert all("Build Tools" not in (note.body.answer or "") for note in report.notes), name


LIST_GOES_ON = """1. What is your biggest strength?

Steady Under Pressure

2. What would your last manager say about you?
"""


def test_title_case_line_inside_a_list_that_goes_on_is_left_alone() -> None:
    from leaderdeck.importers.blocks import HEADING
    from leaderdeck.importers.reader import read_document_text
    blocks = read_document_text(LIST_GOES_ON, "notes.md").blocks
    assert not any(block.kind is HEADING for block in blocks)


# (c) an answer's mark typed in haste --------------------------------------------------------------------------------

HASTY = """1) can a static method be overridden?
A):-no, a static method is hidden, not overridden

2) what does a lock file hold?
A)
exact versions of every dependency
hashes to check them

3) why pin versions at all?
A)Because a build must give the same result next month.
"""


def test_hasty_answer_marks_open_their_answers(taxonomy) -> None:
    report = imported(HASTY, taxonomy, "java.txt")
    assert kinds(report) == {"qa": 3}
    static, lock, pin = report.notes
    assert static.body.answer.strip() == "no, a static method is hidden, not overridden"
    assert "A)" not in lock.body.answer and "exact versions" in lock.body.answer
    assert pin.body.answer.strip() == "Because a build must give the same result next month."
    from leaderdeck.importers.textreader import label_of
    assert label_of("A):-no") == ("A", "no")


def test_a_lettered_point_after_a_space_is_read_as_before() -> None:
    from leaderdeck.importers.textreader import label_of
    assert label_of("A) Plan Ahead: book the room early") == ("A) Plan Ahead", "book the room early")
