"""Round 12 of real documents (c): bullets that ask inside an answer stay in it; numbered questions in italics
are questions; a bare ``A:`` between ``T:`` and ``R:`` is the Action; small mends (an answer's label line, a
first-person bullet, a question after a story's Result)."""

from __future__ import annotations

from leaderdeck.importers import import_text
from leaderdeck.model import Kind


def _import(text: str, taxonomy, name: str = "notes.md"):
    return import_text(text, taxonomy, display=name, source=name)


AGENDA = """# Team lead answers

### Q: How do you run a weekly staff meeting?
**A**: I keep one agenda every week:
- 10 min: what shipped and what slipped?
- 20 min: which risks need a decision today?
- Last 5 min: open floor

Nobody reads slides aloud.

---

### Q: How do you pick the next platform investment?
**A**: I work back from the pain:
- Which pages woke people most last quarter?
- What would remove them for good? (new queue? better alerts?)

Then the team ranks the options with me.
"""


def test_asking_bullets_under_an_answers_lead_in_stay_in_that_answer(taxonomy):
    notes = _import(AGENDA, taxonomy).notes
    assert [note.prompt for note in notes] == ["How do you run a weekly staff meeting?",
                                               "How do you pick the next platform investment?"]
    first, second = (note.body.answer for note in notes)
    assert "- 20 min: which risks need a decision today?" in first and "Nobody reads slides aloud." in first
    assert "- What would remove them for good?" in second and second.rstrip().endswith("ranks the options with me.")


def test_an_unlabelled_answer_under_a_question_heading_keeps_its_lead_in_and_steps(taxonomy):
    text = ("# Notes\n\n### How do you onboard a new engineer?\nI follow three steps:\n"
            "- Day 1: who is their buddy?\n- Week 1: which bug can they ship?\n- Month 1: a first design review\n")
    (note,) = _import(text, taxonomy).notes
    assert note.body.answer.startswith("I follow three steps:")
    assert "- Week 1: which bug can they ship?" in note.body.answer


def test_an_agenda_step_that_asks_in_lower_case_after_its_label_stays_in_the_answer(taxonomy):
    text = ("# Notes\n\n### Q: How do you run a retro?\n**A**: Same shape each time.\n"
            "- 10 min: what went well?\n- 15 min: what hurt?\n- Last 5 min: actions and owners\n")
    (note,) = _import(text, taxonomy).notes
    assert "- 15 min: what hurt?" in note.body.answer


def test_a_list_of_questions_after_an_answer_with_no_lead_in_stays_questions(taxonomy):
    text = ("# Bank\n\n### Q: What is your approach to on-call?\n**A**: Keep the rota fair and the pages few.\n\n"
            "- Why do you want to leave your job?\n- What is your biggest weakness?\n")
    notes = _import(text, taxonomy).notes
    assert len(notes) == 3 and notes[1].prompt == "Why do you want to leave your job?"


def test_a_lead_in_naming_questions_heads_a_bank_not_an_answers_steps(taxonomy):
    text = ("# Prep\n\n### Q: How do you prepare for the loop?\n**A**: I practise out loud. Typical questions are:\n"
            "- What are you proud of?\n- What could you have done better?\n")
    notes = _import(text, taxonomy).notes
    assert [note.prompt for note in notes][1:] == ["What are you proud of?", "What could you have done better?"]


def test_asking_items_with_answers_nested_under_them_stay_questions(taxonomy):
    text = ("# Prep\n\n### Q: How do you prepare?\n**A**: Mostly like this:\n"
            "- What are you proud of?\n  - Shipping the billing rewrite on time.\n"
            "- What could you have done better?\n  - Written the migration plan sooner.\n")
    notes = _import(text, taxonomy).notes
    assert len(notes) == 3 and "Written the migration plan sooner." in notes[2].body.answer


ITALIC_NUMBERED = """### Practice questions
1. *Tell me about a time you had to choose between two vendors.
Which one did you pick and why?*

> Problem: both vendors missed our latency target
- We picked the one with the better support contract

2. *When did you miss a deadline? What did you change afterwards?*

> Missed
- The export slipped a week because I skipped load tests.

3. *Describe a time you led a project*
"""


def test_numbered_questions_in_italics_are_questions_of_their_own(taxonomy):
    notes = _import(ITALIC_NUMBERED, taxonomy).notes
    assert [note.prompt for note in notes] == [
        "Tell me about a time you had to choose between two vendors. Which one did you pick and why?",
        "When did you miss a deadline? What did you change afterwards?",
        "Describe a time you led a project"]
    assert "skipped load tests" in notes[1].body.answer and "2." not in notes[0].body.answer
    assert notes[2].draft


def test_an_italic_item_that_does_not_ask_keeps_its_italics(taxonomy):
    text = "### How do you plan a quarter?\n\nI start from the goals:\n\n- *first the outcomes, then the work*\n"
    (note,) = _import(text, taxonomy).notes
    assert "- *first the outcomes, then the work*" in note.body.answer


def test_a_bare_a_between_task_and_result_lines_is_the_action(taxonomy):
    text = ("## Covering the night shift\nS: Two of our on-call engineers left in one month.\n"
            "T: I had to keep the rota covered.\nA: I split the nights and took two of them myself.\n"
            "R: No page went unanswered that quarter.\n")
    (note,) = _import(text, taxonomy).notes
    assert note.kind is Kind.STAR and not note.draft
    assert note.body.action.strip() == "I split the nights and took two of them myself."
    assert "A:" not in note.body.task


def test_a_bare_a_under_a_q_line_stays_the_answer(taxonomy):
    text = "# Bank\n\nQ: Why do you want this job?\nA: I like small teams that own what they ship.\n"
    (note,) = _import(text, taxonomy).notes
    assert note.kind is Kind.QA and note.body.answer.strip() == "I like small teams that own what they ship."


def test_a_recommended_answer_line_over_the_answer_is_its_label_not_its_text(taxonomy):
    text = ("# Question: \"What Motivates You?\"\n\nRecommended Answer\n\n> I like watching engineers grow into leads.\n\n"
            "# Question: \"How Do You Build Trust?\"\n\nSuggested response\n\n> I keep my word and say early when I cannot.\n")
    notes = _import(text, taxonomy).notes
    assert [note.body.answer.strip() for note in notes] == ["I like watching engineers grow into leads.",
                                                            "I keep my word and say early when I cannot."]


def test_a_first_person_bullet_opening_with_when_i_is_no_question(taxonomy):
    text = ("## Values\n**teamwork:** people who help each other.\n\n"
            "- When I joined the lab, the build was broken for days. I fixed it in a week.\n"
            "- When I was running the lab there was a situation when I had to hand the rota to a junior. I let him.\n\n"
            "## Why this role?\nI like building teams.\n")
    report = _import(text, taxonomy)
    assert [note.prompt for note in report.notes] == ["Why this role?"]
    assert any(item.line <= 5 and "Values" in item.what for item in report.skipped)


def test_a_question_line_after_a_storys_result_is_a_question_of_its_own(taxonomy):
    text = ("## Passing the exam\n**S:** I had to pass a hard exam while working.  \n**T:** Study every week.  \n"
            "**A:** I studied two hours every morning.  \n**R:** I passed first time.\nTell us about yourself?\n"
            "I taught for ten years and then moved into software.\n")
    star, qa = _import(text, taxonomy).notes
    assert star.kind is Kind.STAR and star.body.result.strip() == "I passed first time."
    assert qa.prompt == "Tell us about yourself?" and qa.body.answer.strip().startswith("I taught for ten years")


def test_a_question_the_teller_asks_themselves_after_a_result_stays_in_it(taxonomy):
    text = ("## Passing the exam\n**S:** I had to pass a hard exam while working.  \n**T:** Study every week.  \n"
            "**A:** I studied two hours every morning.  \n**R:** I passed first time.\nWhy did I wait so long?\n")
    (star,) = _import(text, taxonomy).notes
    assert "Why did I wait so long?" in star.body.result
