"""Headings and nesting as real documents write them (fixtures in our own words): answers indented inside
``<details>`` sections, label prefixes and suffixes around a question, prompts over an answer-label
sub-heading, trigger-question lists under a story heading, ``+Learning`` parts and question/story tables."""

from __future__ import annotations

from leaderdeck.importers import ImportReport, import_text


def imported(text: str, taxonomy, name: str = "doc.md") -> ImportReport:
    return import_text(text, taxonomy, display=name, source=name)


def kinds(report: ImportReport) -> dict[str, int]:
    return {kind.value: count for kind, count in report.counts.items()}


def messages(report: ImportReport) -> list[str]:
    return [str(item) for item in report.attention] + [str(item) for item in report.skipped]


# D5. Answers indented inside <details>: the indentation is the HTML's, the answer is prose

TAB_DETAILS = """\
# Interview prep

<details>
\t<summary>1) Why did you move to the payments team?</summary>
\tI wanted to work closer to our users.
\tThe move also let me run the incident rota.
</details>

<details>
    <summary>2) How do you review a large change?</summary>

    I read the tests first, then the change itself.
</details>

<details>
<summary>3) How would you retry a flaky call?</summary>

```python
for attempt in range(3):
    call_the_service()
```
</details>
"""


def test_an_answer_indented_inside_details_is_prose_and_a_fence_stays_code(taxonomy):
    report = imported(TAB_DETAILS, taxonomy)
    assert kinds(report) == {"qa": 3}
    moved, review, retry = (n.body for n in report.notes)
    assert moved.question == "Why did you move to the payments team?"
    assert moved.answer == ("I wanted to work closer to our users.\n"
                            "The move also let me run the incident rota.")
    assert review.answer == "I read the tests first, then the change itself."
    assert "```" not in moved.answer + review.answer
    assert retry.answer.startswith("```python\nfor attempt in range(3):\n    call_the_service()")


def test_a_block_indented_under_a_summary_at_the_margin_stays_code(taxonomy):
    text = ("<details>\n<summary>How do you print a greeting?</summary>\n\n    print('hello')\n\n</details>\n")
    report = imported(text, taxonomy)
    assert report.notes[0].body.answer.startswith("```")
    assert "print('hello')" in report.notes[0].body.answer
