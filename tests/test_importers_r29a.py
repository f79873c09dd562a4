"""Round 29 fixes (a): coaching pages and leadership scenarios.

(a) A labelled answer (``**Good Answer**:``) set out as named steps (``**Step 1: Hear both sides**``, ``**Step 2:
...**``), the steps spaced out by ``---`` rules and one of them holding a line said to someone that asks (``'Can you
commit to that?'``), is one answer from the label to its last step, instead of the answer stopping after its first
paragraph, each step's text being dropped as text under a title and the quoted asks becoming draft questions; a bare
``**3. ...**`` past a rule is still the page's next item.

Fixtures are written here in our own words; each fix has a near miss it leaves alone.
"""

from __future__ import annotations

from leaderdeck.importers import import_text
from leaderdeck.model import Kind


def _import(text: str, taxonomy, name: str = "scenes.md"):
    return import_text(text, taxonomy, display=name, source=name)


def _report(report) -> str:
    return "\n".join(str(line) for line in (*report.skipped, *report.attention))


# (a) a labelled answer set out as named steps -------------------------------------------------------------------

STEPPED = """# Lead scenarios

### Scenario 1: Two reviewers block each other

**Question**: "Two reviewers keep rejecting each other's pull requests and the release is slipping. What do you do?"

**Good Answer**:

"I would slow down before acting.

**Step 1: Hear each side**

I'd meet each reviewer alone:
- 'What worries you about the other change?'
- 'What would you accept instead?'

---

**Step 2: Agree on a rule**

We write a short review guide together. To the louder reviewer:

'I need you to follow the guide even where you'd do it differently. Can you do that?'

---

**Step 3: Check in a week later**

Both reviewers report on how the guide works.

**Key**: fix the process, not the people."

---

### Scenario 2: A missed launch

**Question**: "Your launch slipped by two weeks. How do you tell the director?"

**Good Answer**:

**Step 1: Gather facts**

List what is done and what is left.

**Step 2: Bring options**

Offer a smaller launch on the date, or the full one later.
"""


def test_an_answer_set_out_as_named_steps_is_kept_whole(taxonomy) -> None:
    report = _import(STEPPED, taxonomy)
    assert [n.kind for n in report.notes] == [Kind.QA, Kind.QA]
    block, launch = report.notes
    assert block.body.question.startswith("Two reviewers keep rejecting")
    assert block.body.answer.startswith("I would slow down before acting.\n\n**Step 1: Hear each side**")
    assert "- 'What worries you about the other change?'" in block.body.answer
    assert "**Step 2: Agree on a rule**" in block.body.answer
    assert "Can you do that?" in block.body.answer
    assert "**Step 3: Check in a week later**" in block.body.answer
    assert block.body.answer.endswith("**Key**: fix the process, not the people.")
    assert launch.body.answer.startswith("**Step 1: Gather facts**\n\nList what is done")
    assert launch.body.answer.endswith("Offer a smaller launch on the date, or the full one later.")
    assert not report.drafts
    assert "not part of a question" not in _report(report)


NUMBERED_PAST_RULE = """# Manager bank

**Answer:**

**1. Listen first:**
- meet each person alone

**2. Decide:**
- write down the call

---

**3. How do you run a retro?**
"""


def test_a_bare_number_past_a_rule_is_not_taken_for_the_next_step(taxonomy) -> None:
    from leaderdeck.importers.reader import read_document_text
    from leaderdeck.importers.underway import answer_spans

    doc = read_document_text(NUMBERED_PAST_RULE, "bank.md")
    held = answer_spans(doc.blocks)
    assert [doc.blocks[i].line for i in sorted(held)] == [5, 6, 8, 9]
