"""Round 7 (fixtures in our own words): a question given only in front matter, a STAR label in parentheses, and
a story bank grouped under headings naming a principle or competency.

A page whose front matter's title asks ("Tell me about a time ...") and whose body asks nothing of its own is
read as that question's page: its coaching sections ("Positive signals", "Negative signals", "Principles to use
in your answer", "The core goal of the question") are its coaching, and the one story under "How to structure
your answer: the STAR method" is its answer. ``**(Learning):**`` is the Learning part.
"""

from __future__ import annotations

from leaderdeck.importers.labels import slot
from leaderdeck.model import QaBody, StarBody
from importing import imported, kinds, messages, skipped


# 1. A coaching page whose question is only in its front matter

PAGE = """---
title: "Tell me about a time you pushed back on a launch date"
order: 3
---

This question comes up in most senior loops; interviewers use it to see how you handle pressure from above.

---

### The Core Goal of the Question

They want to see whether you can hold a line on quality while keeping the relationship intact.

### Principles to Use in Your Answer

1. **Start from the shared goal:** say what the launch was meant to achieve before you say why the date worried you.
2. **Bring numbers:** a defect trend or a load test carries more weight than a hunch.

#### Positive Signals (Strong Hire)

- **Calm escalation:** you raise the risk early and privately.
- **Options, not vetoes:** you offer a smaller launch or a later one.

#### Negative Signals (Red Flags to Avoid)

- **Blame:** the product manager is painted as careless.
- **Silent compliance:** you shipped and hoped.

### How to Structure Your Answer: The STAR Method

- **Situation:** Set the scene. "Our payments team was told to ship a new checkout in four weeks."
- **Task:** Name your part. "I led the backend and owned the go or no-go call."
- **Action:** Walk through what you did. "I ran a load test, showed the failure rate to my director and proposed a staged rollout."
- **Result:** Give the outcome. "We launched to ten percent first, caught two defects, and reached everyone a week later."
- **(Learning):** "I learned to bring a smaller option whenever I ask for more time."
"""


def test_front_matter_question_is_the_pages_question(taxonomy) -> None:
    report = imported(PAGE, taxonomy)
    assert kinds(report) == {"star": 1}
    (note,) = report.notes
    body = note.body
    assert isinstance(body, StarBody)
    assert body.question == "Tell me about a time you pushed back on a launch date"
    assert body.situation.startswith("Set the scene. \"Our payments team")
    assert body.task.startswith("Name your part.")
    assert body.action.startswith("Walk through what you did.")
    assert body.result.startswith("Give the outcome.")
    assert body.learning == "\"I learned to bring a smaller option whenever I ask for more time.\""
    assert "Learning" not in body.result
    coach = note.coach
    assert coach.signals == (  # the page's opening remark on what interviewers use the question for, first
        "This question comes up in most senior loops; interviewers use it to see how you handle pressure from above.",
        "They want to see whether you can hold a line on quality while keeping the relationship intact.",
        "**Calm escalation:** you raise the risk early and privately.",
        "**Options, not vetoes:** you offer a smaller launch or a later one.",
    )
    assert coach.tips == (
        "**Start from the shared goal:** say what the launch was meant to achieve before you say why the date "
        "worried you.",
        "**Bring numbers:** a defect trend or a load test carries more weight than a hunch.",
        "Red flag: **Blame:** the product manager is painted as careless.",
        "Red flag: **Silent compliance:** you shipped and hoped.",
    )
    assert not any("not part of a question" in line for line in skipped(report))
    assert not any("no question for" in line for line in messages(report))


def test_front_matter_title_that_does_not_ask_changes_nothing(taxonomy) -> None:
    titled = PAGE.replace("Tell me about a time you pushed back on a launch date", "My launch notes")
    plain = PAGE.split("---\n", 2)[2]
    mine, bare = imported(titled, taxonomy), imported(plain, taxonomy)
    assert [n.body.question for n in mine.notes] == [n.body.question for n in bare.notes]
    assert mine.notes[0].body.question == "How to Structure Your Answer: The STAR Method"
    assert any("no question for story" in line for line in messages(mine))


def test_front_matter_question_leaves_a_page_with_its_own_question(taxonomy) -> None:
    text = PAGE.replace("### The Core Goal of the Question", "## How do you handle a launch you think is unsafe?\n\n"
                        "### The Core Goal of the Question")
    report = imported(text, taxonomy)
    assert [n.body.question for n in report.notes] == ["How do you handle a launch you think is unsafe?"]


def test_front_matter_question_key_and_line(taxonomy) -> None:
    text = "---\nquestion: Why do you want to move into management?\n---\n\n" \
           "**What they look for:** a reason rooted in the team, not the title.\n"
    report = imported(text, taxonomy)
    (note,) = report.notes
    assert isinstance(note.body, QaBody)
    assert note.body.question == "Why do you want to move into management?"
    assert note.coach.signals == ("a reason rooted in the team, not the title.",)
    assert any(line.startswith("line 2: ") and "is a draft" in line for line in messages(report))


def test_two_stories_under_a_front_matter_question_are_left_alone(taxonomy) -> None:
    text = """---
title: Tell me about a time you missed a deadline
---

### The slow migration

**Situation:** Our database move ran two weeks late.
**Action:** I split it into three cutovers.
**Result:** We finished a sprint later with no downtime.

### The lost vendor

**Situation:** A vendor dropped our contract mid-quarter.
**Action:** I moved the work to an in-house team.
**Result:** We shipped a month late but kept the customer.
"""
    report = imported(text, taxonomy)
    assert [n.body.question for n in report.notes] == ["The slow migration", "The lost vendor"]


def test_coaching_headings_of_such_pages_are_labels() -> None:
    assert slot("Positive Signals (Strong Hire)") == "signals"
    assert slot("Signals the Interviewer Looks For") == "signals"
    assert slot("The Core Goal of the Question") == "signals"
    assert slot("Negative Signals (Red Flags to Avoid)") == "redflags"
    assert slot("Principles to Use in Your Answer") == "tips"
    assert slot("Principles of distributed systems") is None


def test_a_remark_about_answering_is_no_answer_of_its_own(taxonomy) -> None:
    text = """## Tell me about a time you inherited a failing project

Here is how to give a strong response to this one.

### How to structure your answer: the STAR method

**Situation:** The data platform rewrite was six months late when I joined.
**Task:** I was asked to land it or stop it.
**Action:** I cut the scope to the two pipelines finance needed.
**Result:** We shipped those in eight weeks and retired the rest.
"""
    report = imported(text, taxonomy)
    (note,) = report.notes
    assert isinstance(note.body, StarBody)
    assert note.body.question == "Tell me about a time you inherited a failing project"
    assert note.body.title == ""
    assert note.body.action == "I cut the scope to the two pipelines finance needed."


def test_front_matter_question_over_a_named_story(taxonomy) -> None:
    text = """---
title: "Describe a time you had to deliver bad news"
tags:
  - conflict
---

# Telling the team about the freeze

**Situation:** Budget was cut mid-year.
**Action:** I told the team the same day and explained the reasons.
**Result:** Nobody left that quarter.
"""
    (note,) = imported(text, taxonomy).notes
    assert isinstance(note.body, StarBody)
    assert (note.body.question, note.body.title) == ("Describe a time you had to deliver bad news",
                                                     "Telling the team about the freeze")


def test_front_matter_question_of_a_plain_text_answer(taxonomy) -> None:
    text = "---\ntitle: Why do you want to leave your job?\n---\n\n" \
           "I want to lead a larger platform group, and my current company has no such role.\n"
    (note,) = imported(text, taxonomy, name="answer.txt").notes
    assert isinstance(note.body, QaBody)
    assert note.body.question == "Why do you want to leave your job?"
    assert note.body.answer == "I want to lead a larger platform group, and my current company has no such role."


def test_front_matter_question_over_star_parts_under_no_heading(taxonomy) -> None:
    # generated answer pages: the question (with its "Q:") and other keys in front matter, the body only the parts
    text = """---
id: story-0042
question: 'Q: How did you move a team off a legacy queue without downtime?'
words_out: 310
made: '2026-03-01'
---

**Situation:**  
Our order events ran through a queue the vendor had stopped patching.

**Task:**  
I had to move every consumer to the new broker without pausing checkout.

**Action:**  
I ran both queues side by side for two weeks and moved one consumer a day.

**Result:**  
No order was lost and the old queue was switched off a month early.
"""
    report = imported(text, taxonomy)
    assert kinds(report) == {"star": 1}
    (note,) = report.notes
    assert note.body.question == "How did you move a team off a legacy queue without downtime?"
    assert note.body.situation == "Our order events ran through a queue the vendor had stopped patching."
    assert note.body.result == "No order was lost and the old queue was switched off a month early."
    assert not note.draft  # its question is given: nothing to write
    assert not any("stands in" in m for m in messages(report))


# 2. STAR labels in parentheses

def test_star_labels_in_parentheses(taxonomy) -> None:
    text = """## Tell me about a time you rebuilt a team's on-call

- **(Situation):** Pages woke someone every night.
- **(Task):** I owned the rota.
- **(Action):** I cut the noisy alerts and paired new people with veterans.
- **(Result):** Night pages fell by two thirds.
"""
    (note,) = imported(text, taxonomy).notes
    star = note.body
    assert isinstance(star, StarBody)
    assert (star.situation, star.task, star.action, star.result) == (
        "Pages woke someone every night.", "I owned the rota.",
        "I cut the noisy alerts and paired new people with veterans.", "Night pages fell by two thirds.")


def test_learning_in_parentheses_after_the_result(taxonomy) -> None:
    text = """## Tell me about a time you changed a team's review habits

- **Situation:** Reviews sat for days.
- **Action:** I set a same-day review rota.
- **Result:** Median review time fell to four hours.
- **(Learning):** "Small rules that everyone can see beat long guidelines."
"""
    (note,) = imported(text, taxonomy).notes
    assert isinstance(note.body, StarBody)
    assert note.body.result == "Median review time fell to four hours."
    assert note.body.learning == '"Small rules that everyone can see beat long guidelines."'


def test_a_timing_in_parentheses_is_still_no_label(taxonomy) -> None:
    text = """## Tell me about a time you led an incident

- **Situation:** The checkout went down at noon.
- **Action:** I ran the call and rolled back the release.
- **Result:** We were back in forty minutes.
- **(2 min):** keep this part short.
"""
    (note,) = imported(text, taxonomy).notes
    assert isinstance(note.body, StarBody)
    assert "keep this part short" in note.body.result


# 3. A story bank grouped under headings naming a principle or competency

BANK = """# Leadership principles: my stories

## Stories by principle

### 1. Customer Obsession
**Principle**: "Start from what the customer needs and work back from it."

#### STAR Example: The Refund Queue

**Situation**: Refund requests waited nine days on average.
**Task**: I owned the payments backend.
**Action**: I built an automatic path for refunds under fifty dollars.
**Result**: Most refunds cleared the same day.

### 2. Are Right, A Lot
**Principle**: "Good judgment comes from seeking views that disagree with yours."

#### STAR Example: The Cache Rollback

**Situation**: A new cache layer looked healthy in staging.
**Task**: I had to sign off the launch.
**Action**: I asked two other teams to review the failure modes and found a stale-read path.
**Result**: We fixed it before launch and had no incident.

### Frugality

**Story: Cheaper build minutes**

**Situation**: Our CI bill doubled in a quarter.
**Action**: I moved the slow suites to nightly runs.
**Result**: The bill fell back within a month.
"""


def test_principle_heading_over_one_story_is_its_competency(taxonomy) -> None:
    report = imported(BANK, taxonomy)
    assert kinds(report) == {"star": 3}
    titles = [n.body.title or n.body.question for n in report.notes]
    assert titles == ["The Refund Queue", "The Cache Rollback", "Cheaper build minutes"]
    assert [n.competencies for n in report.notes] == [
        ("Customer Obsession",), ("Are Right, A Lot",), ("Frugality",)]
    first = report.notes[0]
    assert isinstance(first.body, StarBody)
    assert first.body.action == "I built an automatic path for refunds under fifty dollars."
    assert '"Start from what the customer needs and work back from it."' in first.coach.tips


def test_heading_naming_its_own_story_gives_no_competency(taxonomy) -> None:
    text = """## Condensed principles

### Bias for Action
**Situation**: A certificate expired on a Friday night.
**Action**: I rotated it by hand and wrote the runbook.
**Result**: Checkout was back in twenty minutes.

### Dive Deep
**Situation**: Latency rose for a fifth of users.
**Action**: I traced it to a retry storm in one client.
**Result**: We capped retries and latency recovered.
"""
    report = imported(text, taxonomy)
    assert [n.body.question for n in report.notes] == ["Bias for Action", "Dive Deep"]
    assert [n.competencies for n in report.notes] == [(), ()]


def test_headings_that_are_no_competency(taxonomy) -> None:
    story = """#### The Refund Queue

**Situation**: Refund requests waited nine days.
**Action**: I built an automatic path for small refunds.
**Result**: Most refunds cleared the same day.
"""
    for head in ("### What did I learn about customers?", "### My proudest moment", "### More STAR stories",
                 "### I rebuilt the refund flow and it changed how I work."):
        report = imported(f"{head}\n\n{story}", taxonomy)
        assert [n.competencies for n in report.notes] == [()], head


def test_principle_heading_over_two_stories_gives_each_its_competency(taxonomy) -> None:
    text = """### Ownership

#### The flaky deploys

**Situation**: Deploys failed one time in five.
**Action**: I rewrote the health checks.
**Result**: Failures fell to one in a hundred.

#### The orphaned service

**Situation**: Nobody owned the search indexer.
**Action**: I took it on and wrote its runbook.
**Result**: Its pages dropped to zero within a month.
"""
    report = imported(text, taxonomy)
    assert [n.body.question for n in report.notes] == ["The flaky deploys", "The orphaned service"]
    assert [n.competencies for n in report.notes] == [("Ownership",), ("Ownership",)]


def test_heading_with_other_sections_beside_the_story_gives_none(taxonomy) -> None:
    text = """## Cheat sheet

### Power words
- Led, shipped, cut

### Pacing
- **Situation**: about thirty seconds on the scene.
- **Action**: most of the time goes to what I did.
- **Result**: close with the number that changed.
"""
    report = imported(text, taxonomy)
    assert all(n.competencies == () for n in report.notes)
