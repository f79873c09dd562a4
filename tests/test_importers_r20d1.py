"""Round 20 (d1): an answer under way (a bare ``**Answer:**`` label over numbered bold sections) keeps what lies
inside its sections: a bold sub-title right under the label, ``Problem:`` lines, quoted example questions over
``Look for:``, ``Template:`` fences, ``Principles:``, and a bare label bullet over the questions one asks.
"""

from __future__ import annotations

from importing import imported, kinds, skipped

from leaderdeck.importers.reader import read_document_text
from leaderdeck.importers.underway import answer_spans

SUBTITLED = """# Platform answers

## Q1: Describe a time you picked between two queue designs.

**Answer:**

**Case study: splitting the order queue**

**1. Framing:**
- **Today:** one queue carries orders and emails, emails delay orders at peak
- **Goal:** orders confirmed within two seconds on sale days

**2. Options:**
- Add consumers to the shared queue
- Give orders a queue of their own

**3. Outcome:**
- Orders moved to their own queue in a month; confirmations now take under a second

---

## Q2: How do you close a sprint?

**Answer:**

We demo to the support team and pick one change for the next sprint.
"""

HIRING = """# Hiring answers

## Q1: How do you weigh roadmap work against reliability work?

**Answer:**

**1. Link reliability to results:**

**Example: paging cleanup**
- **Problem:** The on-call engineer is woken four times a week (noisy alerts)
- **Investment:** Two sprints to prune and tune alerts
- **Outcome:** Night pages dropped to one a fortnight

**2. Keep a fixed share:**
- A fifth of each sprint goes to reliability

## Q2: How do you interview senior backend engineers?

**Answer:**

**1. Traits:**
- Takes a problem from report to fix

**2. Design exercise:**

**Problem:** "Design a parcel tracking service"

**Evaluation Criteria:**
- Asks about volume before drawing boxes
- States what each choice costs

**3. Behavioral round:**

**Ownership:**
- "Tell me about a time you carried a migration nobody wanted"
- Look for: persistence, clear updates

**Setbacks:**
- "Describe a release that went wrong. What changed afterwards?"
- Look for: candour

**4. Scoring:**

| Area | Weight |
|------|--------|
| Design | 60% |
| Behaviour | 40% |

**Bar:** an average of 3.5 or more
"""

TEMPLATES = """## Q1: How do you run a postmortem?

**Answer:**

**1. Timeline:**

**Template:**
```markdown
## Outage: cache stampede
- 14:02 cache flushed
- 14:05 database at full load
```

**2. Root cause:**

**Example:**
1. Why did the database saturate? Every request missed the cache at once.
2. Why at once? The flush had no warm-up.

**3. Actions:**

**Template:**
```markdown
| Action | Owner |
|--------|-------|
| Warm the cache before a flush | Ines |
```

**4. Following up:**

**Weekly check:**
- Open actions are read out at the team sync

**5. Sharing:**
- The write-up goes to every team channel
"""

PRACTICE = """## Q1: How do you help engineers grow?

**Answer:**

**1. Pairing:**
- Every Thursday I pair with someone on the trickiest ticket

**2. One-on-ones:**
- **Agenda:**
  - What slowed you down this week?
  - What would you like to learn next?

## Q2: How do you keep postmortems blameless?

**Answer:**

**1. Timeline:**
- We write down the events minute by minute

**2. Culture:**

**Principles:**
- **Systems first:** ask what allowed the slip
- **Good faith:** assume people acted on what they knew

**3. Sharing:**
- The write-up is posted on the wiki

**Tips:**
- Name a concrete change that came out of a review.
"""


def _notes(report):
    return {note.body.question: note for note in report.notes}


def test_a_bold_subtitle_under_the_answer_label_stays_in_the_answer(taxonomy):
    report = imported(SUBTITLED, taxonomy)
    assert kinds(report) == {"qa": 2}
    note = _notes(report)["Describe a time you picked between two queue designs."]
    assert not note.draft
    answer = note.body.answer
    assert answer.startswith("**Case study: splitting the order queue**")
    assert "**2. Options:**" in answer and "confirmations now take under a second" in answer
    assert skipped(report) == []


def test_a_problem_line_inside_a_numbered_answer_is_no_question(taxonomy):
    report = imported(HIRING, taxonomy)
    assert kinds(report) == {"qa": 2}
    notes = _notes(report)
    assert set(notes) == {"How do you weigh roadmap work against reliability work?",
                          "How do you interview senior backend engineers?"}
    first = notes["How do you weigh roadmap work against reliability work?"].body.answer
    assert "- **Problem:** The on-call engineer is woken four times a week (noisy alerts)" in first
    assert "- **Investment:** Two sprints to prune and tune alerts" in first
    assert "**2. Keep a fixed share:**" in first
    assert not any("noisy alerts" in line for line in [*skipped(report), *map(str, report.attention)])


def test_quoted_example_questions_inside_an_answer_stay_in_it(taxonomy):
    report = imported(HIRING, taxonomy)
    note = _notes(report)["How do you interview senior backend engineers?"]
    answer = note.body.answer
    assert '**Problem:** "Design a parcel tracking service"' in answer
    assert '- "Describe a release that went wrong. What changed afterwards?"' in answer
    assert "- Look for: candour" in answer
    assert answer.rstrip().endswith("**Bar:** an average of 3.5 or more")
    assert note.coach.signals == ()
    assert skipped(report) == []


def test_templates_inside_an_answer_are_kept_with_the_sections_after_them(taxonomy):
    report = imported(TEMPLATES, taxonomy)
    assert kinds(report) == {"qa": 1}
    answer = report.notes[0].body.answer
    assert "## Outage: cache stampede" in answer and "| Warm the cache before a flush | Ines |" in answer
    assert "**2. Root cause:**\n\n**Example:**" in answer
    assert "**4. Following up:**" in answer and "- Open actions are read out at the team sync" in answer
    assert answer.rstrip().endswith("- The write-up goes to every team channel")
    assert not any("Template" in line for line in skipped(report))


def test_principles_and_an_agenda_stay_in_the_answer_and_tips_after_it_are_tips(taxonomy):
    report = imported(PRACTICE, taxonomy)
    notes = _notes(report)
    grow = notes["How do you help engineers grow?"]
    assert "  - What slowed you down this week?" in grow.body.answer.replace("    ", "  ")
    assert grow.coach.tips == ()
    blameless = notes["How do you keep postmortems blameless?"]
    assert "**Principles:**" in blameless.body.answer
    assert "- **Good faith:** assume people acted on what they knew" in blameless.body.answer
    assert "**3. Sharing:**" in blameless.body.answer
    assert blameless.coach.tips == ("Name a concrete change that came out of a review.",)


def test_a_single_numbered_label_holds_nothing():
    doc = read_document_text("## How do you plan?\n\n**Answer:**\n\n**Problem:** a slow build\n\n"
                             "**1. First:**\n- cache the deps\n", "doc.md")
    assert answer_spans(doc.blocks) == frozenset()


def test_the_run_stops_at_a_question_and_at_a_rule():
    doc = read_document_text("**Answer:**\n\n**1. One:**\n- a\n\n**2. Two:**\n- b\n\n---\n\n**3. Three:**\n",
                             "doc.md")
    held = answer_spans(doc.blocks)
    assert [doc.blocks[i].line for i in sorted(held)] == [3, 4, 6, 7]
    asked = read_document_text("**Answer:**\n\n**1. One:**\n\nHow do you plan a quarter?\n\n**2. Two:**\n",
                               "doc.md")
    assert answer_spans(asked.blocks) == frozenset()


LOOP = """## Q1: How do you hire and interview senior engineers — what practical tests do you use?

**Answer:**

**1. System design exercise:**
- Design a sharded key-value store with replication across regions
- Discuss consistency, partitioning, caching layers and the architecture trade-offs
- Ask how the services, databases and message queues scale, and where the limits are

**2. Debugging task:**
- A slow API endpoint: profile it, find the missing index, add a cache, measure latency again

**3. Architecture review:**
- Walk through a past system design: monolith or microservices, migration plan, rollback strategy
"""


def test_a_question_naming_its_topic_surely_keeps_it_over_a_long_answer_about_another(taxonomy):
    report = imported(LOOP, taxonomy)
    assert report.notes[0].topic.name == "Hiring"
    assert "line 1: topic guessed for 'How do you hire and interview senior engineers — what pract…': Hiring (weak: " \
           "the question points at it, but the answer points at Architecture Decisions); pass --topic or edit it" \
        in [str(line) for line in report.attention]
