"""Round 26 (m): a document holding only the writer's questions for the people they will meet (a reverse-interview
list) is refused with a message that says so, not with the hint to write its questions as headings above answers."""

from __future__ import annotations

import pytest

from leaderdeck.importers.base import DocumentError
from leaderdeck.importers import import_text


def _refusal(text: str, taxonomy) -> str:
    with pytest.raises(DocumentError) as raised:
        import_text(text, taxonomy, display="asks.md", source="asks.md")
    return str(raised.value.problems[0])


def test_a_document_of_questions_to_ask_the_interviewer_is_refused_as_such(taxonomy) -> None:
    message = _refusal("# Questions I want to ask\n\n- Who decides what the team works on next quarter?\n"
                       "- How often does the on-call rota page someone at night?\n"
                       "- What did the last person in this role find hardest?\n", taxonomy)
    assert "only questions to ask the interviewer: section 'Questions I want to ask' at line 1" in message
    assert message.endswith("leaderdeck imports the questions you answer, not the ones you ask")
    assert "write the question as a heading" not in message


def test_questions_to_ask_beside_other_unreadable_text_keep_the_general_hint(taxonomy) -> None:
    message = _refusal("# Prep\n\nBook the train and print the CV.\n\n## Questions to ask them\n\n"
                       "- Who decides what the team works on next quarter?\n", taxonomy)
    assert "only questions to ask" not in message
    assert message.endswith("write the question as a heading or a 'Q:' line above its answer")
