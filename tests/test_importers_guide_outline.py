"""An outline of what to cover under a tips label (fixtures in our own words): ``**Structure:**`` over labelled items
naming each part in a few words is coaching for the question above it, not a story's parts, and the example after
it is the answer."""

from __future__ import annotations

from leaderdeck.model import QaBody, StarBody
from importing import imported, kinds, messages, skipped

OUTLINED = """# Questions

## Projects

### 1. Walk me through a launch you are proud of

**Structure:**
- **Context:** Company, team, timeline
- **Challenge:** Problem being solved
- **Your Role:** Specific contributions
- **Impact:** Metrics and outcomes

**Example:**
"I rebuilt the billing export for our finance team. It ran in four minutes instead of an hour, and month-end closed
two days sooner."

---

### 2. How do you plan a quarter?

**Good Answer Points:**
- Goals first
- Capacity next

**Example:**
"I start from the two goals that matter and cut everything else."
"""


def test_outline_items_are_tips_and_the_example_is_the_answer(taxonomy) -> None:
    report = imported(OUTLINED, taxonomy)
    assert kinds(report) == {"qa": 2}
    first, second = report.notes
    assert isinstance(first.body, QaBody)
    assert first.body.question == "Walk me through a launch you are proud of"
    assert first.coach.tips == ("**Context:** Company, team, timeline", "**Challenge:** Problem being solved",
                                     "**Your Role:** Specific contributions", "**Impact:** Metrics and outcomes")
    assert first.body.answer.startswith("I rebuilt the billing export") and not first.draft
    assert second.coach.signals == ("Goals first", "Capacity next")
    assert not any("no question for story" in m for m in messages(report))


def test_a_story_told_under_a_tips_label_keeps_its_parts(taxonomy) -> None:
    text = """### Tell me about a migration you led

**Structure:**
- **Situation:** We had two weeks to move the billing service off the old cluster.
- **Task:** I owned the cut-over plan.
- **Action:** I moved one consumer a day and kept the old path warm.
- **Result:** Nothing was lost and the old cluster went dark a week early.
"""
    (note,) = imported(text, taxonomy).notes
    assert isinstance(note.body, StarBody)
    assert note.body.situation == "We had two weeks to move the billing service off the old cluster."
    assert note.body.result == "Nothing was lost and the old cluster went dark a week early."


COACHED = """## Common questions

### "Tell me about yourself."

**What they want:** A short tour from your first job to why this role, in under two minutes.

**Structure:** First job → the switch to platform work → why this team.

**Example:**
"I started on payments, moved to platform work when our deploys kept failing, and I want a team that owns its
tooling end to end."

---

### "Walk me through a migration you ran."

**What they want:** One real migration, your part in it, and how it ended.

**What to include in your story:**
- The system and its size
- What *you* did, not the team
- A risk you had to explain to leadership
- The outcome: did it finish on time? What broke?

---

## Checklist for the day

- [ ] Stories: do you have three stories with numbers?
- [ ] Questions: have you written two questions for the panel?
- [ ] "Why us": can you say it in a minute?
"""


def test_what_they_want_is_a_signal_and_what_to_include_is_a_tip(taxonomy) -> None:
    report = imported(COACHED, taxonomy)
    assert kinds(report) == {"qa": 2}
    about, migration = report.notes
    assert about.coach.signals == ("A short tour from your first job to why this role, in under two minutes.",)
    assert about.body.answer.startswith("I started on payments") and not about.draft
    assert migration.coach.tips == ("The system and its size", "What *you* did, not the team",
                                    "A risk you had to explain to leadership",
                                    "The outcome: did it finish on time? What broke?")
    assert migration.draft  # no answer given: only what to put in it


def test_a_checklist_of_named_yes_or_no_checks_is_no_question(taxonomy) -> None:
    report = imported(COACHED, taxonomy)
    asked = [note.body.question for note in report.notes]
    assert not any("three stories" in q or "Why us" in q or "two questions" in q for q in asked)
    assert any("Checklist for the day" in line for line in skipped(report))


def test_general_tips_for_questions_hold_no_prompts_even_in_bold_behind_an_emoji(taxonomy) -> None:
    text = """# Planning Questions

## 🎯 **Tell me about a plan you had to change.**

**Situation:** Our launch slipped when the vendor dropped a feature.
**Task:** I had to replan the quarter.
**Action:** I cut two features and told sales the same day.
**Result:** We shipped the core a week late and kept the deal.

## 🎯 **Describe a deadline you refused.**

**Situation:** Sales promised a date before we had scoped the work.
**Task:** I owned the estimate.
**Action:** I showed the scope to the sales lead and offered a smaller first release.
**Result:** The customer took the smaller release and signed for the rest.

## **🔑 General Tips for Planning Questions:**

### **A Framework to Mention:**
1. **Define** the goal
2. **Cut** what does not serve it

### **What Interviewers Want to See:**
- ✅ A reason for every cut
- ✅ Early word to the people affected

### **Red Flags to Avoid:**
- ❌ Blaming the vendor

### **Show Your Numbers:**
- 📊 Dates moved and why
"""
    report = imported(text, taxonomy)
    assert kinds(report) == {"star": 2}  # the tips' sub-sections are tips, not prompts of notes of their own
    assert [note.body.question for note in report.notes] == ["Tell me about a plan you had to change.",
                                                             "Describe a deadline you refused."]


def test_a_heading_keeps_its_words_when_an_emoji_stands_inside_its_bold() -> None:
    from leaderdeck.importers.labels import slot
    from leaderdeck.importers.text import clean_title
    assert clean_title("**🔑 Red Flags to Avoid:**") == "Red Flags to Avoid:"
    assert slot("**🔑 Red Flags to Avoid:**") == slot("Red Flags to Avoid") == "redflags"


def test_frameworks_to_mention_and_their_worked_examples_are_no_questions(taxonomy) -> None:
    text = """# Debugging Questions

### Q1: Tell me about the hardest bug you fixed

I chased a memory leak for a week and found a cache with no limit.

### Q2: How do you find the cause of an outage?

I start from the timeline of changes and work back to the first one that fits.

## 🔧 Debugging Frameworks to Mention

### Five Whys

1. Why did the build fail? → A test timed out
2. Why did it time out? → The test database was shared
"""
    report = imported(text, taxonomy)
    assert kinds(report) == {"qa": 2}  # the worked example's "Why ...? → ..." lines are tips, not questions
    assert [note.body.question for note in report.notes] == ["Tell me about the hardest bug you fixed",
                                                             "How do you find the cause of an outage?"]


def test_a_page_explaining_star_keeps_only_its_worked_example(taxonomy) -> None:
    text = """# The STAR Method

## What is STAR?

| Part | What it holds |
|------|---------------|
| **S**ituation | Where and when |
| **T**ask | Your job in it |

## The Parts

### Situation
Set the scene briefly.

**Include:**
- When and where it happened
- Who was involved
- What the business needed

**Keep it short** - enough for the listener to follow.

```
"At a payments startup, we had six weeks to launch and had just lost our lead."
```

### Task
Say what was yours to do.

**Include:**
- What you were responsible for
- What was expected of you

```
"As the only backend engineer left, I owned the launch."
```

## A Worked Example

**Question:** "Tell me about a time you rescued a late project."

**Situation:** Our data move was three weeks behind.
**Task:** I had to land it before the contract renewed.
**Action:** I split the move by table and ran the halves in parallel.
**Result:** It landed four days early.
"""
    report = imported(text, taxonomy)
    assert kinds(report) == {"star": 1}
    (note,) = report.notes
    assert note.body.question == "Tell me about a time you rescued a late project."
    assert any("What is STAR?" in line for line in skipped(report))


ELEMENTS = """## Questions about the move

### Why are you looking at this team?

**Elements**:
- **Company**: What pulls you towards the business
- **Role**: How the work fits where you are heading
- **Growth**: What you expect to learn here
- **Contribution**: What you would bring in the first months

### Tell me about a rollout you led

**Elements**:
- **Situation**: The payments team had never shipped behind a flag.
- **Action**: I wrote the rollout plan and ran the first three releases with them.
- **Result**: Releases went weekly and rollbacks took minutes.
"""


def test_an_outline_under_a_signals_label_is_signals_even_where_its_leads_name_a_part_in_other_words(taxonomy):
    """Under a bare coaching label, an outline whose first lead is only another name of a part, or a fact of the
    note ("Company"), in a few words of nobody's, is the question's signals: no Task from "Role", no Learning from
    "Growth", no company. Leads that name the parts in their own words still tell the story."""
    report = imported(ELEMENTS, taxonomy)
    assert kinds(report) == {"qa": 1, "star": 1}
    outlined, story = report.notes
    assert isinstance(outlined.body, QaBody) and outlined.draft
    assert outlined.coach.signals == ("**Company**: What pulls you towards the business",
                                      "**Role**: How the work fits where you are heading",
                                      "**Growth**: What you expect to learn here",
                                      "**Contribution**: What you would bring in the first months")
    assert isinstance(story.body, StarBody)
    assert story.body.result.startswith("Releases went weekly")
