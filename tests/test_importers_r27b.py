"""Round 27 fixes (b): coaching pages and guides, second round. (a) A guide's advice under each question set under
a label of its own words, "Answer tip:" (bold, plain, or underlined with ``<u>...</u>`` as pasted blog HTML gives
it), is that question's tips, the note a draft, not the answer. (b) The probes a guide sets in italics right under a
question's heading (``_How did you keep track? What did you drop?_``) are that question's follow-ups, never a
question of their own that takes the advice under them as its answer. (c) A ``**Goal**:`` line right under a
question, over the story's own labelled parts that name a Task (``- **S**: ...`` ``- **T**: ...``), is what the
answer should show (a signal), not a second Task splitting the story in two. (d) A line of question marks alone
(``???``, a course's blank for the reader's answer under a quiz question) asks nothing: the quiz question keeps it
and the options under it as its text. (e) Markdown footnote references closing a question (``Why this company?
[^5] [^6]``) are the sources it cites, not words of the question. (f) On a page that sets each question as a
paragraph in bold over "Good answer:" and a one-line red flag (``🚩 ***Red Flags:*** ...``), the next bold paragraph
that asks is the next question, never one more red flag of the question above. (g) A guide's list of conduct
advice outside any question (``## During the round`` over ``- Describe the principle ...``, ``- Be honest about
...``), its requests asking for no episode of the reader's past, is the section's text, reported, never a note per
request. Each fix has a near miss it leaves alone."""

from __future__ import annotations

from leaderdeck.importers import import_text
from leaderdeck.model import Kind


def _import(text: str, taxonomy, name: str = "guide.md"):
    return import_text(text, taxonomy, display=name, source=name)


def _by_question(report) -> dict:
    return {note.body.question: note for note in report.notes}


# (a) + (b) a guide's probes in italics and its "Answer tip:" under each question ------------------------------------

TIPPED = """# Questions you will hear, and how to handle them

Each question below comes with the probes you may get and a tip on answering.

### 1. Tell me about a time you had to juggle several projects.

_How did you keep track? What did you drop?_

<u>Answer Tip:</u>
Describe your system for tracking the work. Show how you chose what to drop.

### 2. Describe a time you disagreed with your manager.

_It need not be a big fight. How did it end?_

**Answer tip:**
Explain how you raised it in private. Don't make your manager the villain.

### 3. Why do you want this role?

Answer tip:
Name two things about the team you read up on.
"""


def test_answer_tips_and_italic_probes_make_one_draft_per_question(taxonomy) -> None:
    report = _import(TIPPED, taxonomy)
    notes = _by_question(report)
    assert list(notes) == ["Tell me about a time you had to juggle several projects.",
                           "Describe a time you disagreed with your manager.", "Why do you want this role?"]
    assert all(note.draft and not note.body.answer for note in notes.values())
    first = notes["Tell me about a time you had to juggle several projects."]
    assert first.coach.tips == ("Describe your system for tracking the work. Show how you chose what to drop.",
                                "Follow-up: How did you keep track?", "Follow-up: What did you drop?")
    second = notes["Describe a time you disagreed with your manager."]
    assert second.coach.tips[0].startswith("Explain how you raised it in private.")
    assert second.coach.tips[1:] == ("Follow-up: It need not be a big fight. How did it end?",)
    assert notes["Why do you want this role?"].coach.tips == ("Name two things about the team you read up on.",)


def test_an_italic_paragraph_told_as_i_under_a_question_stays_its_answer(taxonomy) -> None:
    report = _import("# Answers\n\n### Tell me about a time you were wrong.\n\n"
                     "_I pushed a schema change without a review and it broke billing. Would a review have caught it?_"
                     "\n\n**Tip:** Keep it short.\n", taxonomy)
    (note,) = report.notes
    assert not note.draft
    assert "I pushed a schema change without a review" in note.body.answer
    assert note.coach.tips == ("Keep it short.",)


def test_an_italic_remark_that_asks_nothing_is_no_follow_up(taxonomy) -> None:
    report = _import("# Questions\n\n### Tell me about a launch that slipped.\n\n_Asked in almost every loop._\n\n"
                     "**Tip:** Say what you told the customer.\n", taxonomy)
    (note,) = report.notes
    assert note.coach.tips == ("Say what you told the customer.",)
    assert not any(tip.startswith("Follow-up") for tip in note.coach.tips)


def test_an_answer_label_is_still_the_answer_beside_the_new_tip_labels(taxonomy) -> None:
    report = _import("# Notes\n\n### Why are you leaving?\n\n**Answer:**\nI want to run a platform team.\n", taxonomy)
    (note,) = report.notes
    assert not note.draft and note.body.answer.strip() == "I want to run a platform team."


# (c) a goal over a story that has its own Task ----------------------------------------------------------------------

GOALS = """# Behavioral questions (STAR)

### 1. Tell me about a time you failed.
**Goal**: Show that you own mistakes and learn from them.
- **S**: "A config change of mine took the checkout page down."
- **T**: "I had to restore the page and stop it happening again."
- **A**: "I rolled back, then ran the review and added a config check to the pipeline."
- **R**: "The check has caught three bad changes since."

### 2. Tell me about a disagreement with a peer.
**Goal**: Show that you settle things with evidence.
- **S**: "A peer wanted a queue library I thought was unproven."
- **T**: "We had to pick one before the sprint."
- **A**: "I proposed a two-day trial against our load profile."
- **R**: "The trial showed the gaps; we kept the old library and stayed on good terms."
"""


def test_a_goal_over_a_story_with_its_own_task_is_a_signal(taxonomy) -> None:
    report = _import(GOALS, taxonomy)
    assert [note.kind for note in report.notes] == [Kind.STAR, Kind.STAR]
    first, second = report.notes
    assert not first.draft and not second.draft
    assert first.coach.signals == ("Show that you own mistakes and learn from them.",)
    assert first.body.task == "I had to restore the page and stop it happening again."
    assert first.body.situation == "A config change of mine took the checkout page down."
    assert second.coach.signals == ("Show that you settle things with evidence.",)
    assert second.body.result.startswith("The trial showed the gaps")


def test_a_goal_over_a_story_without_a_task_of_its_own_stays_its_task(taxonomy) -> None:
    report = _import("# Stories\n\n### Tell me about a time you cut costs.\n**Goal**: Halve the cloud bill by June.\n"
                     '- **S**: "Our bill doubled in a year."\n- **A**: "I moved batch jobs to spot machines."\n'
                     '- **R**: "The bill fell by more than half by May."\n', taxonomy)
    (note,) = report.notes
    assert note.kind is Kind.STAR and not note.coach.signals
    assert note.body.task == "Halve the cloud bill by June."


# (d) a quiz's "???" blank ---------------------------------------------------------------------------------------------

QUIZ = """# Practice

What should you NOT say about why you left your last job?

???

- My old team was hopeless
- I want a larger scope
"""


def test_a_line_of_question_marks_is_no_question(taxonomy) -> None:
    report = _import(QUIZ, taxonomy)
    (note,) = report.notes
    assert note.body.question == "What should you NOT say about why you left your last job?"
    assert "My old team was hopeless" in note.body.answer and "???" in note.body.answer


def test_a_question_ending_in_marks_still_asks(taxonomy) -> None:
    report = _import("# Notes\n\n### What did you learn?!\n\nTo prune the alerts every quarter.\n", taxonomy)
    (note,) = report.notes
    assert note.body.question == "What did you learn?!"
    assert note.body.answer.strip() == "To prune the alerts every quarter."


# (e) footnote references after a question ------------------------------------------------------------------------------

FOOTNOTED = """# Questions

1. Why do you want to work here? [^5] [^6]
    - Tie the team's plans to what you have done.
2. Why are you leaving? [^7]
    - Say what you are moving towards.

[^5]: [An article on motivation](https://example.com/a)
[^6]: [Another one](https://example.com/b)
[^7]: [A third](https://example.com/c)
"""


def test_footnote_references_are_no_words_of_the_question(taxonomy) -> None:
    report = _import(FOOTNOTED, taxonomy)
    assert [note.body.question for note in report.notes] == ["Why do you want to work here?", "Why are you leaving?"]


def test_a_bracketed_aside_that_is_no_footnote_stays(taxonomy) -> None:
    report = _import("# Questions\n\n### How do you run a retro? [remote team]\n\nI use a shared board.\n", taxonomy)
    (note,) = report.notes
    assert note.body.question == "How do you run a retro? [remote team]"


# (f) a bold question after a one-line red flag -----------------------------------------------------------------------

FLAGGED = """## Questions for a new lead

**Tell me about a time your team rejected your plan. How did you respond?**

✅ Good Answer:

- Hears the objections out.
- Explains the reasoning behind the plan.

🚩 ***Red Flags:*** Overrules the team without a word.

**What would you do if a strong engineer kept missing the team's code reviews?**

✅ Good Answer:

- Asks what is getting in the way.
- Agrees a review slot with them.

🚩 ***Red Flags:*** Raises it at the team retro first.

**If your director asked for a date you knew was unrealistic, how would you answer?**

✅ Good Answer:

- Shows the estimate and its risks.
- Offers a smaller first release.

🚩 ***Red Flags:*** Agrees to the date and hopes.
"""


def test_a_bold_question_after_a_one_line_red_flag_is_the_next_question(taxonomy) -> None:
    report = _import(FLAGGED, taxonomy)
    assert [note.body.question for note in report.notes] == [
        "Tell me about a time your team rejected your plan. How did you respond?",
        "What would you do if a strong engineer kept missing the team's code reviews?",
        "If your director asked for a date you knew was unrealistic, how would you answer?"]
    assert [note.coach.tips for note in report.notes] == [
        ("Red flag: Overrules the team without a word.",), ("Red flag: Raises it at the team retro first.",),
        ("Red flag: Agrees to the date and hopes.",)]
    assert "Offers a smaller first release." in report.notes[2].body.answer


def test_a_bold_line_that_asks_nothing_after_a_red_flag_is_no_question(taxonomy) -> None:
    text = FLAGGED.split("**If your director")[0].replace(
        "**What would you do if a strong engineer", "**Keep your answer under two minutes.**\n\n"
        "**What would you do if a strong engineer")
    report = _import(text, taxonomy)
    assert [note.body.question for note in report.notes] == [
        "Tell me about a time your team rejected your plan. How did you respond?",
        "What would you do if a strong engineer kept missing the team's code reviews?"]
    assert any("two minutes" in tip for tip in report.notes[0].coach.tips)


# (g) a guide's list of conduct advice with requests in it --------------------------------------------------------------

CONDUCT = """# The management round

## During the round

- Describe the principle behind what you did and add a short example of applying it.
- Be honest about the areas you have little experience in.
- Contrast how your last company made decisions with other ways of making them.

## Questions to practise

- Tell me about a time you turned a struggling team around.
- How do you decide who to promote?
"""


def test_a_guides_conduct_advice_gives_no_questions(taxonomy) -> None:
    report = _import(CONDUCT, taxonomy)
    assert [note.body.question for note in report.notes] == [
        "Tell me about a time you turned a struggling team around.", "How do you decide who to promote?"]
    assert any("text under 'During the round'" in str(line) for line in report.skipped)


def test_requests_for_an_episode_beside_advice_stay_questions(taxonomy) -> None:
    report = _import("# Prompts\n\n## Leadership\n\n- Describe a time you led a migration nobody wanted.\n"
                     "- Be ready to talk about a failure too.\n- Explain how you ran the rollout.\n", taxonomy)
    questions = [note.body.question for note in report.notes]
    assert "Describe a time you led a migration nobody wanted." in questions


def test_a_list_of_requests_alone_stays_a_bank(taxonomy) -> None:
    report = _import("# Prompts\n\n## Leadership\n\n- Describe your leadership style.\n"
                     "- Explain how you run a retrospective.\n", taxonomy)
    assert [note.body.question for note in report.notes] == [
        "Describe your leadership style.", "Explain how you run a retrospective."]
