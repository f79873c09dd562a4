"""Round 29 fixes (b): question banks and Q&A lists, third round. (a) A page titled as the writer's questions for
the interviewer (``# Reverse interview``, ``# Questions to ask the interviewer``) over groups of them (``##
Engineering``, ``## Culture``) is refused as such, instead of being read again with its title as a plain name and
every listed question becoming a draft; a heading naming its group before ``reverse`` (``# Tech reverse interview
questions``, ``# Culture reverse questions``) is such a section too, while a heading that only ends in the verb
(``## How to reverse``) still heads questions.
Fixtures are written here in our own words; each fix has a near miss it leaves alone.
"""

from __future__ import annotations

import pytest

from leaderdeck.importers import import_text
from leaderdeck.importers.base import DocumentError
from leaderdeck.model import Kind


def _import(text: str, taxonomy, name: str = "bank.md"):
    return import_text(text, taxonomy, display=name, source=name)


def _refusal(text: str, taxonomy) -> str:
    with pytest.raises(DocumentError) as raised:
        import_text(text, taxonomy, display="asks.md", source="asks.md")
    return str(raised.value.problems[0])


def _report(report) -> str:
    return "\n".join(str(line) for line in (*report.skipped, *report.attention))


# (a) a page of questions for the interviewer, grouped --------------------------------------------------------------

GROUPED_REVERSE = """---
title: Reverse interview
---

# Reverse interview

## Engineering

1. Which parts of the stack are you retiring this year?
2. Who signs off on a change to the data model?

## Team life

1. How many people joined or left the team last year?
2. Is there an on-call rota? How often is each person on it?
"""


def test_a_grouped_reverse_interview_page_is_refused_as_questions_to_ask(taxonomy) -> None:
    message = _refusal(GROUPED_REVERSE, taxonomy)
    assert "only questions to ask the interviewer: section 'Reverse interview' at line 5" in message


def test_a_page_titled_questions_to_ask_the_interviewer_over_groups_is_refused(taxonomy) -> None:
    message = _refusal("# Questions to ask the interviewer\n\n## Product\n\n- Who owns the roadmap?\n"
                       "- How is a deadline set?\n\n## Growth\n\n- What does a promotion case look like?\n", taxonomy)
    assert "only questions to ask the interviewer: section 'Questions to ask the interviewer' at line 1" in message


NAMED_REVERSE_GROUPS = """# Reverse interview

### Who will I report to?
A vague answer here is worth probing.

# Tech reverse interview questions

### How is testing done before a release?
No automated tests at all is a warning sign.

# Culture reverse questions

### How many hours a week go to meetings?
"""


def test_sections_naming_their_group_before_reverse_are_questions_to_ask(taxonomy) -> None:
    message = _refusal(NAMED_REVERSE_GROUPS, taxonomy)
    assert "section 'Tech reverse interview questions' at line 6" in message
    assert "section 'Culture reverse questions' at line 11" in message


HOW_TO_REVERSE = """# Linked lists

## How to reverse

1. How would you reverse a singly linked list in place?
2. Why does the two-pointer walk need a spare pointer?

## Reverse interview

- What does the team ship each week?
"""


def test_a_heading_ending_in_the_verb_reverse_still_heads_questions(taxonomy) -> None:
    report = _import(HOW_TO_REVERSE, taxonomy)
    assert [n.body.question for n in report.notes] == ["How would you reverse a singly linked list in place?",
                                                 "Why does the two-pointer walk need a spare pointer?"]
    assert all(n.kind is Kind.QA and n.draft for n in report.notes)
    assert "section 'Reverse interview' (questions to ask the interviewer)" in _report(report)
