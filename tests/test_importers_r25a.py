"""Round 25 fixes (a): question lists and Q&A articles in Markdown. (a) A tips section whose sub-section names and
holds questions ("# Tips" over "1. Be specific." then "## Questions to practice") reads those questions, instead of
taking the whole page for one long tip and finding no note. (b) A numbered question hard-wrapped over two lines that
carries on a run after an answer paragraph ("2. How do you ... with" / "your decision?") is one question, and the
paragraph under it its answer. (c) A heading naming the questions to ask the interviewer as a bank's extra ("Bonus:
Questions to ask your interviewer") is set aside like the plain heading. (d) A list item that asks and then gives
the writer's short answer after a dash ("- Why this company? — mission + scale", or an aside in emphasis) is a
question with that answer, not one long draft question. (e) A list still being written that closes on the writer
saying so ("That's it for now. I'll add more as I go.") reports that line, rule or not, instead of gluing it onto
the last answer, also when the answer above it names a word a footer would ("comments"); so does a last paragraph
opening on good wishes ("Good luck! 🍀") under a list of drafts. (f) A `Q:` line hard-wrapped onto the next line up
to its question mark, with `A:` under it in the same paragraph, is one question with that answer. Each fix has a near miss it
leaves alone."""

from __future__ import annotations

from leaderdeck.importers import import_text


def _import(text: str, taxonomy, name: str = "notes.md"):
    return import_text(text, taxonomy, display=name, source=name)


def _report(report) -> str:
    return "\n".join(str(line) for line in (*report.skipped, *report.attention))


# (a) a tips section over a sub-section of questions ----------------------------------------------------------------

TIPS_THEN_QUESTIONS = """# Advice for the behavioral round

1. Be concrete. Name the system and the numbers.
2. Stay under three minutes.
3. Practise the stories aloud.

## Practice questions

1. Tell me about a launch you had to delay.
2. How do you calm a tense planning meeting?
3. Describe a report you helped get promoted.
"""


def test_tips_section_over_practice_questions_reads_the_questions(taxonomy) -> None:
    page = TIPS_THEN_QUESTIONS.replace("# Advice for the behavioral round", "# Tips")
    report = _import(page, taxonomy, "practice.md")
    assert [note.body.question for note in report.notes] == [
        "Tell me about a launch you had to delay.",
        "How do you calm a tense planning meeting?",
        "Describe a report you helped get promoted.",
    ]
    assert all(note.kind.value == "qa" and note.draft for note in report.notes)
    assert "text under 'Tips'" in _report(report)  # the tips are reported, not silently dropped


def test_tips_section_over_questions_named_to_practice(taxonomy) -> None:
    page = TIPS_THEN_QUESTIONS.replace("# Advice for the behavioral round", "# Pro tips") \
        .replace("## Practice questions", "## Questions to rehearse")
    report = _import(page, taxonomy, "practice.md")
    assert len(report.notes) == 3
    assert report.notes[0].body.question == "Tell me about a launch you had to delay."
    assert not any("Be concrete" in note.body.question for note in report.notes)


def test_tips_section_with_a_sub_section_of_more_tips_stays_tips(taxonomy) -> None:
    page = """# Tips

- Be concrete. Name the system and the numbers.

## On pacing

- Stay under three minutes.

# Tell me about a launch you had to delay

We slipped two weeks so the payment retries could be tested; I told sales on day one.
"""
    report = _import(page, taxonomy, "tips.md")
    assert [note.body.question for note in report.notes] == ["Tell me about a launch you had to delay"]
    assert "slipped two weeks" in report.notes[0].body.answer


# (b) a numbered question wrapped over two lines, after an answered one ------------------------------------------

WRAPPED_SECOND = """# Questions from my last loop

1. Why do you want this team?

The search product is where I have spent four years.

2. How do you handle an engineer who keeps rejecting
your design reviews?

I ask for the objection in writing and we weigh both options against the requirements.

3. What would you change in your first month?
"""


def test_wrapped_numbered_question_after_an_answer_is_one_question(taxonomy) -> None:
    report = _import(WRAPPED_SECOND, taxonomy, "loop.md")
    assert [note.body.question for note in report.notes] == [
        "Why do you want this team?",
        "How do you handle an engineer who keeps rejecting your design reviews?",
        "What would you change in your first month?",
    ]
    second = report.notes[1]
    assert second.body.answer.strip() == \
        "I ask for the objection in writing and we weigh both options against the requirements."
    assert not second.draft and report.notes[2].draft
    assert "text under" not in _report(report)


def test_numbered_question_whole_on_its_line_keeps_its_next_line_as_answer(taxonomy) -> None:
    page = """# Questions from my last loop

1. Why do you want this team?

The search product is where I have spent four years.

2. How do you handle an engineer who keeps rejecting reviews?
   I ask for the objection in writing.
"""
    report = _import(page, taxonomy, "loop.md")
    assert report.notes[1].body.question == "How do you handle an engineer who keeps rejecting reviews?"
    assert report.notes[1].body.answer.strip() == "I ask for the objection in writing."


# (c) questions to ask the interviewer named as a bonus ----------------------------------------------------------

BONUS_ASK = """# Manager interview questions

## 1. How do you grow a team from five to fifteen?

Hire two seniors first, then split into two squads with their own on-call.

## 2. How do you handle a missed quarterly goal?

## Bonus: questions to ask your interviewer

- What does a great first six months look like here?
- How are managers supported when a project slips?
"""


def test_bonus_questions_to_ask_the_interviewer_are_set_aside(taxonomy) -> None:
    report = _import(BONUS_ASK, taxonomy, "manager.md")
    assert [note.body.question for note in report.notes] == [
        "How do you grow a team from five to fifteen?",
        "How do you handle a missed quarterly goal?",
    ]
    assert "section 'Bonus: questions to ask your interviewer' (questions to ask the interviewer)" in _report(report)


def test_bonus_questions_without_an_interviewer_are_still_questions(taxonomy) -> None:
    page = BONUS_ASK.replace("## Bonus: questions to ask your interviewer", "## Bonus questions")
    report = _import(page, taxonomy, "manager.md")
    questions = [note.body.question for note in report.notes]
    assert "What does a great first six months look like here?" in questions
    assert len(questions) == 4


# (d) a question, a dash, and the writer's short answer ----------------------------------------------------------

DASHED = """# Questions I expect at Northwind

- Why Northwind? — the logistics problem and the team size
- Why leave now? - my project shipped and the group is being merged
- Tell me about a time you disagreed with your manager — *use the pricing migration story*
- How do you deal with ambiguity?
"""


def test_question_then_dash_then_short_answer_splits(taxonomy) -> None:
    report = _import(DASHED, taxonomy, "northwind.md")
    notes = {note.body.question: note for note in report.notes}
    assert list(notes) == [
        "Why Northwind?",
        "Why leave now?",
        "Tell me about a time you disagreed with your manager",
        "How do you deal with ambiguity?",
    ]
    assert notes["Why Northwind?"].body.answer.strip() == "the logistics problem and the team size"
    assert notes["Why leave now?"].body.answer.strip() == "my project shipped and the group is being merged"
    assert notes["Tell me about a time you disagreed with your manager"].body.answer.strip() == \
        "use the pricing migration story"
    assert [note.draft for note in report.notes] == [False, False, False, True]


def test_dash_inside_a_question_or_before_a_check_is_left_alone(taxonomy) -> None:
    page = """# Questions

- Build or buy — how do you decide when to switch?
- Tell me about a time you cut scope - and what you told the client
- How do you hire for a team you have not met yet?
"""
    report = _import(page, taxonomy, "questions.md")
    questions = [note.body.question for note in report.notes]
    assert "Build or buy — how do you decide when to switch?" in questions
    assert "Tell me about a time you cut scope - and what you told the client" in questions
    assert all(note.draft for note in report.notes)


# (e) the writer's closing line on an unfinished list -------------------------------------------------------------

UNFINISHED = """# Team lead questions I keep getting

1. How do you run a design review?

I send the doc two days ahead and we spend the meeting on open comments only.

2. How do you make sure quiet people are heard?

I collect written comments first and read them out before anyone speaks.

That's it for now. I'll add more as I go.
"""


def test_closing_line_on_an_unfinished_list_is_reported_not_answer(taxonomy) -> None:
    report = _import(UNFINISHED, taxonomy, "lead.md")
    assert len(report.notes) == 2
    last = report.notes[1]
    assert last.body.answer.strip() == "I collect written comments first and read them out before anyone speaks."
    assert "'That's it for now. I'll add more as I go.' (the page's note to its readers" in _report(report)


def test_closing_line_after_a_rule_and_a_date_is_reported(taxonomy) -> None:
    page = UNFINISHED.replace("That's it for now. I'll add more as I go.",
                              "---\n\n*Last changed: June*\n\nMore questions coming soon!")
    report = _import(page, taxonomy, "lead.md")
    assert "coming soon" not in report.notes[1].body.answer
    assert "More questions coming soon!" in _report(report)


def test_last_answer_saying_what_the_teller_will_add_keeps_it(taxonomy) -> None:
    page = UNFINISHED.replace("That's it for now. I'll add more as I go.",
                              "Next quarter I'll add more automated checks to the review.")
    report = _import(page, taxonomy, "lead.md")
    assert report.notes[1].body.answer.strip().endswith("Next quarter I'll add more automated checks to the review.")
    assert "note to its readers" not in _report(report)


UNANSWERED_THEN_WISH = """# Questions every new lead should prepare

### People

- How would you handle a report who is late to every standup?
- What would you do if two reports wanted the same promotion?

### Bonus questions

- Which book changed how you lead?
- Who do you go to for advice?

Good luck! 🍀
"""


def test_good_wishes_closing_a_list_of_drafts_are_reported(taxonomy) -> None:
    report = _import(UNANSWERED_THEN_WISH, taxonomy, "lead.md")
    assert len(report.notes) == 4
    assert all(note.draft for note in report.notes)
    assert report.notes[-1].body.question == "Who do you go to for advice?"
    assert "'Good luck! 🍀' (the page's note to its readers" in _report(report)


def test_an_answer_ending_with_good_luck_in_a_sentence_keeps_it(taxonomy) -> None:
    page = UNANSWERED_THEN_WISH.replace("Good luck! 🍀",
                                        "    - My first manager, who wished me good luck and then let me fail safely.")
    report = _import(page, taxonomy, "lead.md")
    assert "let me fail safely" in report.notes[-1].body.answer
    assert "note to its readers" not in _report(report)


# (f) a Q: line wrapped onto a second line ---------------------------------------------------------------------------

def test_q_line_wrapped_to_its_question_mark_is_one_question(taxonomy) -> None:
    page = """# Q&A

Q: How do you handle
a disagreement with your director?
A: I ask for the reasoning first, then argue with data.

Q: Tell me about a time you grew a team.
A: From four to twelve in a year, then two squads.
"""
    report = _import(page, taxonomy, "qa.md")
    assert [note.body.question for note in report.notes] == [
        "How do you handle a disagreement with your director?",
        "Tell me about a time you grew a team.",
    ]
    assert report.notes[0].body.answer.strip() == "I ask for the reasoning first, then argue with data."
    assert not report.notes[0].variants and not report.notes[0].draft
