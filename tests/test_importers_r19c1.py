"""Round 19 (c1): fence lines that do not pair up no longer hide later questions, a first-person answer typed into a
bare fence right under its question is read as prose, and character references are read as CommonMark reads them.
"""

from __future__ import annotations

from importing import imported, kinds, skipped

from leaderdeck.importers.inlinehtml import decoded
from leaderdeck.importers.refence import refenced

# The second answer closes its fence early and opens it again after a comment at the margin; its last fence line
# then pairs with the one under question 3, so question 3 would sit inside a code block.
SHIFTED = """Answers for the storage interview

###Question 1 - Why do you want to work on storage?
```
I enjoy tracking down slow disks, and I want to run the rota for the block store.
```
###Question 2 - Write a function that batches writes. Explain your code.
```
def batch(items, size):
    for start in range(0, len(items), size):
        yield items[start:start + size]
Batching keeps each request under the service limit.
```
#a version that flushes on a timer
def flush_every(seconds):
    return seconds * 1000

```
###Question 3 - How do you roll out a schema change safely?
```
We add the column first, backfill it in small batches, and only then read from it.
```
###Question 4 - Explain your approach to a queue that falls behind.
```
I first check whether the consumers are slow or the producers spiked, then I scale the slow side.
```
"""


def _notes(report):
    return {note.body.question: note for note in report.notes}


def test_a_question_heading_between_misaligned_fences_is_still_a_question(taxonomy):
    report = imported(SHIFTED, taxonomy, name="answers.txt")
    assert kinds(report) == {"qa": 4}
    notes = _notes(report)
    assert list(notes) == ["Why do you want to work on storage?",
                           "Write a function that batches writes. Explain your code.",
                           "How do you roll out a schema change safely?",
                           "Explain your approach to a queue that falls behind."]
    assert "We add the column first, backfill it in small batches, and only then read from it." in \
        notes["How do you roll out a schema change safely?"].body.answer
    assert "I first check whether the consumers are slow" in \
        notes["Explain your approach to a queue that falls behind."].body.answer


def test_the_answer_whose_fences_do_not_pair_is_kept_whole_as_code(taxonomy):
    report = imported(SHIFTED, taxonomy, name="answers.txt")
    answer = _notes(report)["Write a function that batches writes. Explain your code."].body.answer
    assert answer.startswith("````\ndef batch(items, size):")
    assert "#a version that flushes on a timer\ndef flush_every(seconds):" in answer  # the comment is code
    assert answer.rstrip().endswith("return seconds * 1000\n````")
    assert not any("flushes on a timer" in line for line in skipped(report))  # never a heading


def test_fences_that_pair_up_are_left_alone():
    lines = ("### Why do you want to work on storage?", "```", "I enjoy slow disks.", "```",
             "### How do you roll out a schema change?", "```", "We add the column first.", "```")
    assert refenced(lines) is lines


def test_a_template_of_a_question_inside_a_fence_is_left_alone():
    # the fence holds more than its heading: a note's template, not a closing line that opens an answer
    lines = ("## How should I write a question?", "```", "## Question 3 - How do you plan a migration?",
             "**Situation:** ...", "```", "## What do you do when a deploy fails?", "I roll back first.", "```")
    assert refenced(lines) is lines


def test_a_lone_fence_line_between_two_questions_opens_nothing():
    lines = ("### Question 1 - Why storage?", "```", "I like disks.", "```", "### Question 2 - Why this team?",
             "```", "### Question 3 - What next?", "```", "I would learn the queue.")
    assert refenced(lines) == ("### Question 1 - Why storage?", "```", "I like disks.", "```",
                               "### Question 2 - Why this team?", "", "### Question 3 - What next?", "",
                               "I would learn the queue.")  # the last one, left open to the end, too


TOLD = """# Storage answers

### Why do you want to join the storage team?
```
I like owning the systems other teams lean on. Last spring I moved our
block store to new disks without a minute of downtime, and I want more
of that kind of work.

My first goals would be:
- Learn how the rota works
- Shadow two incident reviews
```

### How would you write a function that sums a list?
```
def total(values):
    return sum(values)
```

### What did the last outage teach the team?
```
The pager fired twice before anyone looked at the queue depth.
```
"""


def test_a_first_person_answer_in_a_bare_fence_is_read_as_prose(taxonomy):
    notes = _notes(imported(TOLD, taxonomy))
    answer = notes["Why do you want to join the storage team?"].body.answer
    assert "```" not in answer
    assert answer.startswith("I like owning the systems other teams lean on. Last spring I moved our block store to "
                             "new disks without a minute of downtime, and I want more of that kind of work.")
    assert "My first goals would be:\n\n- Learn how the rota works\n- Shadow two incident reviews" in answer


def test_code_and_text_told_by_no_one_stay_in_their_fence(taxonomy):
    notes = _notes(imported(TOLD, taxonomy))
    assert notes["How would you write a function that sums a list?"].body.answer.startswith("```\ndef total(values):")
    assert notes["What did the last outage teach the team?"].body.answer.startswith("```\nThe pager fired twice")


def test_a_told_fence_under_no_question_stays_code(taxonomy):
    text = "# Notes\n\n## Storage\n\nWhat we keep in mind.\n\n```\nI keep a list of the slow disks.\n```\n\n" \
           "### Why do you want to join the storage team?\n\nI like owning the systems other teams lean on.\n"
    report = imported(text, taxonomy)
    assert kinds(report) == {"qa": 1}
    assert not any("slow disks" in note.body.answer for note in report.notes)


GITBOOK = """### Why did you move into storage work?&#x20;

I like owning the tools other teams depend on&#x2014;and their uptime.&#x20;

### What do you do first in a new team?&#8203;

I read the last three incident reviews&#8212;then I ask who&nbsp;is on call.
"""


def test_spaces_and_invisible_characters_written_as_references_are_decoded(taxonomy):
    report = imported(GITBOOK, taxonomy)
    notes = _notes(report)
    assert list(notes) == ["Why did you move into storage work?", "What do you do first in a new team?"]
    assert [note.id for note in report.notes] == ["qa-move-storage-work", "qa-first-new-team"]
    assert notes["Why did you move into storage work?"].body.answer.strip() == \
        "I like owning the tools other teams depend on\u2014and their uptime."
    assert notes["What do you do first in a new team?"].body.answer.strip() == \
        "I read the last three incident reviews\u2014then I ask who\u00a0is on call."


def test_references_that_would_be_markup_or_name_nothing_stay_as_written():
    assert decoded("a &lt;ul&gt; of &amp; items") == "a &lt;ul&gt; of &amp; items"
    assert decoded("&notanentity; and &#1; and &#xD800;") == "&notanentity; and &#1; and &#xD800;"
    assert decoded("`&#x20;` stays in code, &#x20;not here") == "`&#x20;` stays in code,  not here"
    assert decoded("line one&#10;line two&#x200D;&#9;end") == "line one line two\u200d end"
    assert decoded("soft&shy;ware &copy; &frac12;") == "software \u00a9 \u00bd"
