"""Round 38 fixes (a): engineers' STAR story banks and the guides that ask for them.
(a) A heading naming the story it asks for by two themes and a slash, ``### Learning / Growth Story`` or
``## Mistakes / Failure Story``, is that story's title. Before, the words before the slash were read as a label
(``Learning``, ``Mistakes``, ``Ambiguity``): the section was taken as a part of the note above it, its question
was lost and its points were glued to the other story's coaching. A label with a subtitle (``Situation / Context``,
``Situation – the background of my story``) or a plural (``Red flags / weak stories``) is read as before.
Fixtures are written here in our own words; each fix has a near miss it leaves alone.
"""

from __future__ import annotations

from importing import imported, kinds, skipped

from leaderdeck.importers.labels import slot


# (a) "Theme / Theme Story" headings ---------------------------------------------------------------------------------

THEMED = """# Stories a platform engineer should have ready

### **1. Teamwork / Hand-off Story**
**Question:** "Tell me about a time you helped another team ship."

**Key Elements:**
- Which team was blocked
- What you lent them

**Example Outline:**
- **Situation:** Payments team waited on our schema change
- **Task:** Unblock them without skipping review
- **Action:** Paired with their lead on a shim
- **Result:** They shipped a week early

---

### **2. Learning / Growth Story**
**Question:** "Tell me about a skill you picked up quickly."

**Key Elements:**
- Why the skill mattered
- How you practised it

**Example Outline:**
- **Situation:** Our on-call moved to a new tracing tool
- **Task:** Be able to read traces within a month
- **Action:** Read one incident trace each morning
- **Result:** Led the next incident review

---
"""


def test_a_theme_slash_theme_story_heading_keeps_its_question(taxonomy) -> None:
    report = imported(THEMED, taxonomy)
    prompts = [note.prompt for note in report.notes]
    assert "Tell me about a skill you picked up quickly." in prompts
    assert len(report.notes) == 2
    first = next(note for note in report.notes if note.prompt.startswith("Tell me about a time you helped"))
    coaching = repr(first)
    assert "tracing tool" not in coaching and "How you practised it" not in coaching
    assert not any("Learning / Growth Story" in line for line in skipped(report))


MISTAKES = """# My story bank

## Mistakes / Failure Story

**Situation:** I merged a config change on a Friday evening.

**Task:** Restore the checkout service before the weekend peak.

**Action:** I rolled back, then wrote a pre-merge check for config keys.

**Result:** Forty minutes of errors; no config outage since.
"""


def test_a_failure_story_named_with_a_slash_is_a_story(taxonomy) -> None:
    report = imported(MISTAKES, taxonomy)
    assert kinds(report) == {"star": 1}
    note = report.notes[0]
    assert "Mistakes / Failure Story" in repr(note)
    assert "pre-merge check" in note.body.action


def test_labels_with_a_subtitle_or_a_plural_stay_labels() -> None:
    assert slot("Situation / Context") == "situation"
    assert slot("Situation – the background of my story") == "situation"
    assert slot("Red flags / weak stories") == "redflags"
    assert slot("Learning / Growth Story") is None
    assert slot("**8. Ambiguity / Uncharted Territory Story**") is None
