"""Round 37 fixes (b): company handbooks and hiring guides by other hands: (a) a section of an interviewers' bank
headed by what its questions are for (``## Questions for assessing leadership style``); (b) an article's opening
paragraph that begins with a condition on something other than the reader (``When a startup is a few people
around one table, ...``) and states, asking nothing.
(a) ``Questions for <someone>`` heads the writer's own questions for the people they will meet (``Questions for
the hiring manager``), set aside; but a hiring guide heads its groups by purpose, a verb in -ing after "for"
(``Questions for assessing leadership style``, ``Questions for probing ownership``): the interviewer's questions
for the candidate, each a note. Before, every such section was set aside "as questions to ask the interviewer" and
its questions were lost. ``Questions for the hiring manager`` and ``Questions for engineering`` (a team) are
still set aside.
(b) A sentence with no question mark that opens with a condition on something other than "you" or the teller
(``When a company is only a handful of people,``) and then states (``nobody worries about management.``), or stops
at the comma where a hard-wrapped line breaks, is no question though "When ... is" opens like one. Before, an
article's first paragraph was a note whose question was its first line. A condition followed by a question or a
request (``When a project slips, tell me what you do first.``) still asks; "When was ..." asks as before.
(c) A hiring page's interview agenda, a list whose entries end with the time they take (``* Introduction (~five
minutes)``, ``* Why us? — We talk about why you want to join. (~15 minutes)``), is the running order, process and
not questions: set aside and reported entry by entry. Before, an entry that asked or said what would be asked
became a note. A mock interview's questions each given a time (``1. Tell me about yourself (2 min)``) still ask.
(d) A tip for interviewers that warns against a kind of question and quotes an example (``- Avoid yes-or-no
questions ("Did you enjoy it?")``, ``- Don't ask "Where do you see yourself in ten years?"``) asks nothing: every
question mark is inside the quotes. Before, such a tip was a note whose question was the warning. "Don't you
think ...?" still asks.
Fixtures are written here in our own words; each fix has a near miss it leaves alone.
"""

from __future__ import annotations

from importing import imported, skipped


# (a) a section headed by what its questions are for ---------------------------------------------------------------

PURPOSE_BANK = """# Hiring managers: our question list

## Questions for assessing judgement

### 1. How do you decide which fires to leave burning?

We want to hear a way of choosing, not a list of fires.

### 2. What did you stop doing when your team doubled?

## Questions for probing ownership

### 3. Tell me about a launch you carried past the finish line alone.
"""


def test_questions_for_a_purpose_are_the_interviewers_bank(taxonomy) -> None:
    report = imported(PURPOSE_BANK, taxonomy, "bank.md")
    prompts = [note.prompt for note in report.notes]
    assert prompts == ["How do you decide which fires to leave burning?",
                       "What did you stop doing when your team doubled?",
                       "Tell me about a launch you carried past the finish line alone."]
    assert not any("questions to ask the interviewer" in line for line in skipped(report))


def test_purpose_words_after_for_do_not_name_someone_to_ask() -> None:
    from leaderdeck.importers.labels import to_ask
    assert not to_ask("QUESTIONS FOR EVALUATING HOW THEY WORK WITH OTHER TEAMS")
    assert not to_ask("Questions for gauging culture")
    assert not to_ask("Questions for getting past the rehearsed answer")


OWN_QUESTIONS = """# Onsite day

## Tell me about a time you changed your mind

I once argued for a rewrite, then saw the numbers and backed a staged migration instead.

## Questions for the hiring manager

- How is success measured in the first ninety days?
- What does the team wish it did better?
"""


def test_questions_for_someone_are_still_set_aside(taxonomy) -> None:
    from leaderdeck.importers.labels import to_ask
    assert to_ask("Questions for the hiring manager")
    assert to_ask("Questions for engineering")
    assert to_ask("Questions for hiring managers")
    report = imported(OWN_QUESTIONS, taxonomy, "onsite.md")
    prompts = [note.prompt for note in report.notes]
    assert prompts == ["Tell me about a time you changed your mind"]
    assert any("questions to ask the interviewer" in line for line in skipped(report))


# (b) an opening paragraph that states a condition -----------------------------------------------------------------

WRAPPED_OPENING = """## Introduction

When a company is only a handful of people around one desk,
nobody worries much about management. Later, once the team
grows, that changes quickly.

## Our questions

### 1. How do you decide which fires to leave burning?

We want to hear a way of choosing.
"""


def test_a_wrapped_opening_condition_is_no_question(taxonomy) -> None:
    report = imported(WRAPPED_OPENING, taxonomy, "article.md")
    prompts = [note.prompt for note in report.notes]
    assert prompts == ["How do you decide which fires to leave burning?"]
    assert any("line 3" in line and "Introduction" in line for line in skipped(report))


def test_a_condition_then_a_statement_is_no_question() -> None:
    from leaderdeck.importers.text import is_question
    assert not is_question("When a company is only a handful of people around one desk,")
    assert not is_question("When a startup is a few people, nobody worries about management.")
    assert not is_question("If the budget is small, the plan stays simple.")


def test_a_condition_then_an_ask_still_asks() -> None:
    from leaderdeck.importers.text import is_question
    assert is_question("When a project slips, tell me what you do first.")
    assert is_question("When was the last time you failed, and what did you learn")
    assert is_question("When a report is stuck, how do you help them?")
    assert is_question("What do you do when a deadline slips, and why")


# (c) an interview's agenda, each entry timed ----------------------------------------------------------------------

AGENDA = """# Joining the design team

### How the values conversation goes

* Introduction (~five minutes)
* Why us? — We talk about why you want to join and what you did before. (~15 minutes)
* Working together — We'll ask you to describe a team you enjoyed and one you did not. (~15 minutes)
* Time for your questions (10 min)

### One question we always ask

#### How do you hand over work you started but cannot finish?
"""


def test_a_timed_agenda_is_no_question(taxonomy) -> None:
    report = imported(AGENDA, taxonomy, "agenda.md")
    prompts = [note.prompt for note in report.notes]
    assert prompts == ["How do you hand over work you started but cannot finish?"]
    lines = skipped(report)
    assert sum("the interview's agenda" in line for line in lines) == 4
    assert any(line.startswith("line 5: 'Introduction (~five minutes)'") for line in lines)


MOCK = """# Mock screen, thirty minutes

1. Tell me about yourself (2 min)
2. Why do you want to leave your current team? (3 min)
3. Describe a conflict with a peer and how it ended (5 min)
4. Wrap up (2 min)
"""


def test_timed_questions_of_a_mock_interview_still_ask(taxonomy) -> None:
    report = imported(MOCK, taxonomy, "mock.md")
    assert len(report.notes) >= 3
    assert not any("agenda" in line for line in skipped(report))


# (d) a tip that warns against a question, quoting one ------------------------------------------------------------

WARNINGS = """# Interviewer notes

## Our questions

### How do you decide when a design review is finished?

## Writing good questions

- Ask about one thing at a time.
- Avoid yes-or-no questions ("Did you enjoy the project?")
- Don't ask "Where do you see yourself in ten years?"
"""


def test_a_warning_quoting_a_question_is_no_question(taxonomy) -> None:
    report = imported(WARNINGS, taxonomy, "notes.md")
    prompts = [note.prompt for note in report.notes]
    assert prompts == ["How do you decide when a design review is finished?"]
    assert any(line.startswith("line 9:") for line in skipped(report))


def test_a_question_opening_with_dont_still_asks() -> None:
    from leaderdeck.importers.text import is_question
    assert is_question("Don't you think \"done\" should mean shipped?")
    assert is_question("Why do we avoid asking \"Are you a culture fit?\"")
