"""Round 13 of real documents (h): folded questions of a saved web page (``<details>``/``<summary>``) keep their
boundaries and lose their badges; a house label over a quoted first-person answer makes it the answer; coaching
sections of a page whose sections are ``#`` headings."""

from __future__ import annotations

from leaderdeck.htmlmd import page_to_markdown
from leaderdeck.importers import import_text


def _import(text: str, taxonomy, name: str = "notes.md"):
    return import_text(text, taxonomy, display=name, source=name)


FOLDED_PAGE = """<!DOCTYPE html><html><head><title>Prep</title></head><body>
<nav><a href="/">Home</a></nav>
<main>
<h2>Practice rounds</h2>
<div class="list">
<details class="qa"><summary>Tell me about a time a migration went wrong.<span class="tag">Core</span></summary>
<div class="body"><p><strong>How to answer (pattern):</strong> Choose a real mistake, own it, and name what you
changed afterwards.</p>
<div class="say"><span class="label">Worked example</span><p>"I moved our billing tables without a dry run and
broke invoices for an hour; I restored the backup, told finance myself, and now every migration has a rehearsal."</p>
</div></div></details>
<details class="qa"><summary>Why do you want to run a platform group?<span class="tag">Deep</span></summary>
<div class="body"><p>Because the teams I support ship faster when the paved road is good.</p></div></details>
<details class="qa"><summary>What do you find hardest about hiring?<span class="tag">Trap</span></summary>
<div class="body"><p>Saying no to a friendly candidate; I write the rubric before the loop so the bar holds.</p></div>
</details>
</div>
</main></body></html>
"""


def test_folded_questions_of_a_page_keep_their_boundaries(taxonomy):
    report = _import(FOLDED_PAGE, taxonomy, "rounds.html")
    questions = [note.body.question for note in report.notes]
    assert questions == ["Tell me about a time a migration went wrong.", "Why do you want to run a platform group?",
                         "What do you find hardest about hiring?"]
    assert report.notes[1].body.answer.startswith("Because the teams I support")
    assert report.notes[2].body.answer.startswith("Saying no to a friendly candidate")
    assert report.notes[0].coach.tips[0] == "Choose a real mistake, own it, and name what you changed afterwards."


def test_a_badge_after_a_summary_is_not_part_of_the_question(taxonomy):
    report = _import(FOLDED_PAGE, taxonomy, "rounds.html")
    assert [note.id for note in report.notes] == ["qa-time-migration-went-wrong", "qa-want-run-platform-group",
                                                  "qa-find-hardest-hiring"]
    assert not any(word in str(line) for line in report.attention for word in ("Core", "Deep", "Trap"))


def test_page_markdown_keeps_a_details_section_whole():
    markdown = page_to_markdown(FOLDED_PAGE)
    assert "<details><summary>Why do you want to run a platform group?</summary>" in markdown
    assert markdown.count("</details>") == 3
    assert "Home" not in markdown


def test_a_summary_whose_inline_words_are_its_own_stays_whole():
    page = ("<main><details><summary>How do you <em>grow</em> a new lead?</summary><p>I pair them with a peer."
            "</p></details></main>")
    assert "<summary>How do you grow a new lead?</summary>" in page_to_markdown(page)


def test_a_house_label_over_a_quoted_answer_makes_it_the_answer(taxonomy):
    report = _import(FOLDED_PAGE, taxonomy, "rounds.html")
    first = report.notes[0]
    assert first.body.answer == ("I moved our billing tables without a dry run and broke invoices for an hour; I "
                                 "restored the backup, told finance myself, and now every migration has a rehearsal.")
    assert first.coach.tips == ("Choose a real mistake, own it, and name what you changed afterwards.",)
    assert not any(note.draft for note in report.notes)


HOUSE_LABEL_MD = """## Drills

### Tell me about a release you delayed.

**How to answer:** Give the reason, the trade-off and who you told.

Reference answer shape

"We held the release two days because the load test failed; I told sales before they heard it elsewhere."

### What do you say when a peer asks for your engineer?

**How to answer:** Name the cost first.

Phrase to use

"Which goal should slip this quarter?"
"""


def test_a_house_label_in_markdown_and_a_quoted_phrase_that_is_no_answer(taxonomy):
    report = _import(HOUSE_LABEL_MD, taxonomy)
    first, second = report.notes
    assert first.body.answer.startswith("We held the release two days")
    assert not first.draft and first.coach.tips == ("Give the reason, the trade-off and who you told.",)
    assert second.draft  # a quoted question to ask is not said as "I" or "we": no answer
    assert "Phrase to use" in second.coach.tips


SECTIONS_AS_H1 = """# Be Curious
Why this team? What would you change first?

# Own your misses
Say what broke and what you changed after it.

# Any questions for us?
Bring two questions you really want answered.

- How do on-call rotations work here?

## Signals
- **Candour**
\t- Do you name your part in a failure?

## Prompts they like
- Talk about a rollout you paused
- What are you slow at?

## Advice
- Rehearse your timeline
\t- Read your own CV again
"""


def test_coaching_under_a_top_question_section_holding_other_questions_is_the_pages(taxonomy):
    report = _import(SECTIONS_AS_H1, taxonomy)
    by_question = {note.body.question: note for note in report.notes}
    asking = by_question["Any questions for us?"]
    assert asking.coach.signals == () and asking.coach.tips == ()
    assert "How do on-call rotations work here?" in asking.body.answer
    assert "Talk about a rollout you paused" in by_question
    lines = [str(item) for item in report.skipped]
    assert any("section 'Signals' (coaching for many questions, not one)" in line for line in lines)
    assert any("section 'Advice' (coaching for many questions, not one)" in line for line in lines)


ONE_QUESTION_PER_H1 = """# Why this team?
I like owning the billing platform end to end.

## Signals
- Knows what the team ships

# Tell me about a rollout you paused.
I stopped the cache rollout when errors doubled and we fixed the key scheme first.

## Signals
- Owns the call to stop
"""


def test_a_top_question_sections_own_signals_stay_its_own(taxonomy):
    report = _import(ONE_QUESTION_PER_H1, taxonomy)
    first, second = report.notes
    assert first.coach.signals == ("Knows what the team ships",)
    assert second.coach.signals == ("Owns the call to stop",)


LABEL_UNDER_PROMPT = """## 2: Judgement
* Tell me about a time you shipped with partial information
  queue migration example:
    1. we sized the cluster from a week of traffic
    2. I added a rollback switch before the cut-over
* Have you ever had to wait on another team
  for a decision you needed?
"""


def test_a_label_line_under_an_unasked_prompt_opens_its_answer(taxonomy):
    report = _import(LABEL_UNDER_PROMPT, taxonomy)
    first, second = report.notes
    assert first.body.question == "Tell me about a time you shipped with partial information"
    assert first.body.answer.startswith("queue migration example:")
    assert "we sized the cluster from a week of traffic" in first.body.answer
    assert second.body.question == "Have you ever had to wait on another team for a decision you needed?"


OFFERED_PROMPTS = """## Practice

#### Ownership
*   **Question:** "Tell me about a time you fixed a process nobody owned."
    *   **Primary:** `Flaky deploys` (no team owned them)

#### Delivery
*   **Question:** "Tell me about your proudest launch." or "Describe the change with the largest measurable effect."
    *   **Primary:** `Search latency` (halved p99)

#### Judgement
*   **Question:** "When did you overrule your team?" / "Which call of yours turned out wrong?"
    *   **Primary:** `Queue rewrite`
"""


def test_quoted_prompts_offered_with_or_are_a_question_and_its_variant(taxonomy):
    report = _import(OFFERED_PROMPTS, taxonomy)
    questions = [note.body.question for note in report.notes]
    assert questions == ["Tell me about a time you fixed a process nobody owned.",
                         "Tell me about your proudest launch.", "When did you overrule your team?"]
    assert report.notes[1].variants == ("Describe the change with the largest measurable effect.",)
    assert report.notes[2].variants == ("Which call of yours turned out wrong?",)
    assert not any("no question for" in str(item) for item in report.attention)


STORY_IN_A_BARE_FENCE = """# Leadership stories

## 1: Earn Trust
* Tell me about a time you let a customer down. What did you do?
```
  when I moved the reports service.
situation: the nightly reports arrived late for a week
 task: get them back on time
 activity: I paired with the support lead and replayed the failed jobs
 result: reports were on time again and we added an alert
```

## 2: Dive Deep
* Tell me about a bug you chased for days.
```
def retry(job):
    return job.run()
```
"""


def test_a_story_typed_in_a_bare_fence_is_read_as_its_star_parts(taxonomy):
    report = _import(STORY_IN_A_BARE_FENCE, taxonomy)
    story, other = report.notes
    assert story.kind.value == "star" and not story.draft
    assert story.body.situation.startswith("when I moved the reports service.")
    assert "the nightly reports arrived late for a week" in story.body.situation
    assert story.body.task.strip() == "get them back on time"
    assert story.body.action.strip() == "I paired with the support lead and replayed the failed jobs"
    assert story.body.result.strip() == "reports were on time again and we added an alert"
    assert "```" not in story.body.situation
    assert other.kind.value == "qa" and "def retry(job):" in other.body.answer  # code stays code


KIND_OF_QUESTION_HEADING = """## Hypotheticals ("how would you handle it if…")

These ask about the future. Reason out loud: gather facts, name the trade-off, decide, follow up.

## Gap: "Why did you leave your last team?"

I wanted to own a platform end to end, and the team was being merged.

## Practice

### How do you handle a slipped launch?
I tell the stakeholders first, then I cut scope.
"""


def test_a_heading_quoting_a_trailing_fragment_is_no_question(taxonomy):
    report = _import(KIND_OF_QUESTION_HEADING, taxonomy)
    questions = [note.body.question for note in report.notes]
    assert questions == ["Why did you leave your last team?", "How do you handle a slipped launch?"]
    assert any("text under 'Hypotheticals" in str(item) for item in report.skipped)
