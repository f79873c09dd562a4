"""Round 39 fixes (b): leadership question banks for managers, directors, VPs and CTOs.
(a) A bulleted note right under a numbered question (``7) Which call do you regret?`` then ``* Staying vs.
leaving``) is that question's answer. Before, a note that compared two things (``X vs. Y``) was read as a prompt
of the bank, because the item above it asks: it became a draft question of its own and the question above lost
its answer. A numbered list and a bulleted list are two lists; a prompt among items of its own list still asks.
(b) Theme headings under a heading naming questions (``# Behavioral questions`` over ``### ii. Adaptation``),
each over numbered questions with bulleted notes under them, are groups of questions. Before, such a heading was
read as a prompt named without asking (its notes the answer), so every theme became a draft question. A short
heading over only a list of the writer's notes is still a prompt there.
Fixtures are written here in our own words; each fix has a near miss it leaves alone.
"""

from __future__ import annotations

from importing import imported, kinds


# (a) bulleted notes under numbered questions ------------------------------------------------------------------------

NOTES_UNDER_NUMBERS = """# Loop prep

1) Tell me about a hard call you made on a roadmap.
* Rebuild vs. patch the billing job
2) Which decision do you regret most?
* Hiring fast vs. hiring well
3) Describe a time you picked between two vendors.
* Hosted queue vs. our own brokers
"""


def test_a_comparison_under_a_numbered_question_is_its_answer(taxonomy) -> None:
    report = imported(NOTES_UNDER_NUMBERS, taxonomy)
    assert kinds(report) == {"qa": 3}
    prompts = [note.prompt for note in report.notes]
    assert not any("vs." in prompt for prompt in prompts)
    regret = next(note for note in report.notes if note.prompt.startswith("Which decision"))
    assert "Hiring fast vs. hiring well" in regret.body.answer


PROMPTS_IN_ONE_LIST = """# Systems round

- How would you shard a ledger?
- Queues vs. logs for audit trails
- What breaks first when traffic doubles?
"""


def test_a_comparison_among_bullets_that_ask_is_still_a_prompt(taxonomy) -> None:
    report = imported(PROMPTS_IN_ONE_LIST, taxonomy)
    assert kinds(report) == {"qa": 3}
    assert any(note.prompt.startswith("Queues vs. logs") for note in report.notes)


# (b) theme headings over numbered questions -------------------------------------------------------------------------

THEMES = """# Leadership questions

### i. People
1) Tell me about a report you helped grow into a lead.
* Coached Priya through her first design review
2) How do you handle a high performer nobody wants to work with?
* Set clear norms, then a written plan

### ii. Delivery
3) Tell me about a project that slipped by a quarter.
* The search rewrite; we cut scope twice

### iii. Strategy
4) How do you decide what your org stops doing?
* Quarterly review of the long tail
"""


def test_theme_headings_over_numbered_questions_are_groups(taxonomy) -> None:
    report = imported(THEMES, taxonomy)
    assert kinds(report) == {"qa": 4}
    prompts = [note.prompt for note in report.notes]
    assert not any(prompt.startswith(("i.", "ii.", "iii.")) for prompt in prompts)
    slipped = next(note for note in report.notes if "slipped" in note.prompt)
    assert "cut scope twice" in slipped.body.answer


OWN_OUTLINE = """# General interview questions

### Greatest weakness
- I take on too many reviews
- now I batch them twice a day

### Toughest bug
- A clock skew between two regions
- found it with a replay of the logs

### Proudest launch
- The offline mode for the field app
"""


def test_short_headings_over_the_writers_notes_stay_prompts(taxonomy) -> None:
    report = imported(OWN_OUTLINE, taxonomy)
    prompts = [note.prompt for note in report.notes]
    assert prompts == ["Greatest weakness", "Toughest bug", "Proudest launch"]
