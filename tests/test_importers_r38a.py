"""Round 38 fixes (a): engineers' STAR story banks and the guides that ask for them.
(a) A heading naming the story it asks for by two themes and a slash, ``### Learning / Growth Story`` or
``## Mistakes / Failure Story``, is that story's title. Before, the words before the slash were read as a label
(``Learning``, ``Mistakes``, ``Ambiguity``): the section was taken as a part of the note above it, its question
was lost and its points were glued to the other story's coaching. A label with a subtitle (``Situation / Context``,
``Situation – the background of my story``) or a plural (``Red flags / weak stories``) is read as before.
(b) A question over STAR parts of a short line each that say what to write there (``**Context:** Where you were
and what was at stake``, ``**Action:** List what you did``) is a draft whose tips are that key, each part's label
kept. Before, the key was taken as the story's answer (a star note), or, when every part was an order, the question
was set aside with the key. Parts told as they happened, however short, stay the story; a key under a title that
asks nothing stays set aside as a STAR template.
(c) A story numbered as one of the writer's STARs (``## STARS #2: Pager rota rewrite``, ``STAR 3 – ...``) is named
without that number, as ``Story 2:`` already was: the name (and the question it stands in for) no longer opens
with ``STARS #2:``. A name that only begins with the word (``Star performer: ...``) keeps it.
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


# (b) a question over a key to its STAR parts ------------------------------------------------------------------------

KEYED = """# Stories to write up

## Shipping to a date

Describe a launch you landed on a date you could not move.

Suggested structure:

- **Context:** Where you were, and why the date was fixed.
- **Challenge:** What made the date hard (scope, people, an outside dependency).
- **Actions:** What you personally cut, moved or asked for.
- **Result:** What shipped, ideally with a number.

## Why this team?

I want to work closer to the people who use the tools.
"""


def test_a_key_to_the_parts_under_a_question_is_a_draft_with_tips(taxonomy) -> None:
    report = imported(KEYED, taxonomy)
    assert kinds(report) == {"qa": 2}
    note = next(n for n in report.notes if n.prompt.startswith("Describe a launch"))
    assert note.draft
    assert not note.body.answer
    assert "**Actions:** What you personally cut, moved or asked for." in note.coach.tips
    assert len(note.coach.tips) == 4


ORDERED = """# Stories

## Describe a migration you led.

- **Situation:** Set the scene in a sentence.
- **Task:** Name what you owned.
- **Action:** List your steps.
- **Result:** Give a number.
"""


def test_a_key_of_orders_under_a_question_keeps_the_question(taxonomy) -> None:
    report = imported(ORDERED, taxonomy)
    assert [n.prompt for n in report.notes] == ["Describe a migration you led."]
    assert report.notes[0].draft
    assert "**Task:** Name what you owned." in report.notes[0].coach.tips


TERSE_STORY = """# Stories

## Describe a migration you led.

- **Situation:** Billing ran on one old cron host.
- **Task:** I owned moving it before the host was retired.
- **Action:** I moved one job a week and kept the old copy dark.
- **Result:** Fourteen jobs moved, no invoice missed.
"""


def test_short_parts_told_as_they_happened_stay_a_story(taxonomy) -> None:
    report = imported(TERSE_STORY, taxonomy)
    assert kinds(report) == {"star": 1}
    assert "kept the old copy dark" in report.notes[0].body.action


UNTITLED_KEY = """# Telling a story

### The parts
- **Situation:** Set the scene in a sentence.
- **Task:** Name what you owned.
- **Action:** List your steps.
- **Result:** Give a number.

## Questions

### Tell me about a rollback you called.
"""


def test_a_key_under_a_title_that_asks_nothing_stays_set_aside(taxonomy) -> None:
    report = imported(UNTITLED_KEY, taxonomy)
    assert [n.prompt for n in report.notes] == ["Tell me about a rollback you called."]
    assert any("STAR template" in line for line in skipped(report))


# (c) "STARS #2:" before a story's name -------------------------------------------------------------------------------

NUMBERED_STARS = """# Accomplishments

## STARS #1: Pager rota rewrite

**Situation:** Two people carried every night page.

**Task:** I set out to spread the load.

**Action:** I wrote a rota tool and ran a month of shadow shifts.

**Result:** Pages per person fell by two thirds.

## Star performer: the intern project

**Situation:** Our intern had no project for the summer.

**Task:** I scoped one she could finish.

**Action:** I split the exporter into weekly pieces.

**Result:** She shipped it in week nine.
"""


def test_a_numbered_star_prefix_is_no_part_of_the_name(taxonomy) -> None:
    report = imported(NUMBERED_STARS, taxonomy)
    prompts = [note.prompt for note in report.notes]
    assert prompts[0] == "Pager rota rewrite"
    assert prompts[1].startswith("Star performer")
