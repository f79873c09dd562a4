"""Stories in a section of their own after a bank of questions are the page's, not the last question's.

A page that lists its questions first (``LEADERSHIP`` / ``- Tell me about ...?`` / ``CONFLICT`` / ``- Describe a
time you disagreed ...``) and then, under a heading of their own (``Stories`` over ``Story 1 - Flaky CI`` and its
parts), tells stories, keeps the two apart: the last question, left unanswered, is a draft, and the stories are
named by their own titles. Only a section asking one question (``**Question:** ...`` over ``## The billing cron``)
has its stories told for it.
"""

from __future__ import annotations

from .unit import Unit


def banked_before(units: list[Unit]) -> bool:
    """Whether the section's own text (read into ``units``) asks two questions or more: a bank, whose last
    question is not the one the stories in the sub-sections below it answer."""
    return sum(1 for unit in units if unit.question) >= 2
