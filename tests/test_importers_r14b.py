"""Round 14 fixes (b): answers that were not answers. An interviewer's probe after an ``Example`` label, a closing
postscript of advice, advice and a lead-in before a labelled answer, a contrary tip after red flags, an answer begun
on a plain-text question's own line, and a bold label in an answer's own list."""

from __future__ import annotations

from leaderdeck.importers import import_text


def _import(text: str, taxonomy, name: str = "notes.md"):
    return import_text(text, taxonomy, display=name, source=name)


def _messages(report) -> str:
    return "\n".join(str(line) for line in (*report.skipped, *report.attention))


# (e) a bold label in an answer's own list ----------------------------------------------------------------------

FEEDBACK = """### Q: How do you run a hard feedback conversation?
**A**: I keep to four points:
- **Observation**: "Your last two estimates slipped by a week."
- **Impact**: "The release notes went out late both times."
- **Expectation**: "Flag a slip as soon as you see it."
- **Support**: "I can pair on the next estimate."

It works the same for praise.
"""


def test_a_bold_point_of_an_answers_list_keeps_its_label(taxonomy) -> None:
    report = _import(FEEDBACK, taxonomy, "feedback.md")
    assert len(report.notes) == 1
    answer = report.notes[0].body.answer
    assert '- **Impact**: "The release notes went out late both times."' in answer
    assert answer.index("**Observation**") < answer.index("**Impact**") < answer.index("**Expectation**")
    assert answer.startswith("I keep to four points:")
    assert answer.endswith("It works the same for praise.")
