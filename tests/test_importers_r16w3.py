"""Round 16 (w3): on a saved web page, a labelled box of coaching after a story or an answer is its tips, signals or
red flags, never more of its Result; a heading quoting two questions gives a note each when its sub-sections pair up
with them (else the second is a variant); a story part named twice with a subtitle after a dash keeps each subtitle.

Fixtures are in our own words: invented stories about engineering teams.
"""

from __future__ import annotations

import pytest

from importing import imported, kinds, skipped
from leaderdeck.htmlboxes import box_kind
from leaderdeck.htmlmd import page_to_markdown

PAGE = """<!DOCTYPE html>
<html><head><title>My stories</title></head>
<body>
<aside class="sidebar"><nav><a href="index.html">Home</a></nav></aside>
<main class="main">
<h1>My stories</h1>

<h2>Story 1 — Faster search index rebuild</h2>
<p><strong>Situation:</strong> Rebuilding the search index took nine hours and blocked every schema change.</p>
<p><strong>Task:</strong> I had to make a rebuild fit inside one night.</p>
<p><strong>Action:</strong></p>
<ul>
  <li>Split the rebuild by tenant so shards ran in parallel.</li>
  <li>Dropped two fields nobody queried.</li>
</ul>
<p><strong>Result:</strong> A rebuild now takes ninety minutes and schema changes ship weekly.</p>
<div class="callout senior">
  <span class="label">Defensive frame</span>
  <p>If asked whether I wrote the sharding — "No, the storage team owned it; I changed how we called it."</p>
  <p>If asked about cost — "The parallel run costs more per hour but far fewer hours."</p>
</div>

<h2>Story 2 — Paging rota that burned people out</h2>
<p><strong>Situation:</strong> Two engineers took most of the night pages for our payments service.</p>
<p><strong>Task:</strong> I had to spread the load without hiring.</p>
<p><strong>Action:</strong> I moved alerts to the owning teams and deleted the ones nobody acted on.</p>
<p><strong>Result:</strong> Night pages per person fell by two thirds.</p>
<div class="callout senior">
  <span class="label">Why this story works</span>
  <p>It shows ownership without heroics, and a number at the end.</p>
</div>

<h2>Story 3 — Migration numbers</h2>
<p><strong>Situation:</strong> Our queue cluster ran on hardware that was leaving support.</p>
<p><strong>Task:</strong> I led the move to the managed service.</p>
<p><strong>Action:</strong> I moved one producer a week behind a flag.</p>
<p><strong>Result:</strong> We moved forty producers with no lost messages.</p>
<div class="callout">
  <span class="label">My numbers</span>
  <p>Forty producers, twelve weeks, zero lost messages.</p>
</div>

<h2>"Why this company?" / "Why are you leaving?" (recruiter screen)</h2>
<h3>Why this company</h3>
<p>"I want to work at the scale of your logistics platform."</p>
<h3>Why leaving</h3>
<p>"I finished the migration I joined for and want a bigger platform."</p>
<div class="callout warn">
  <span class="label">Don't blame your manager</span>
  <p>Any complaint about the old job reads badly; talk about what you want next.</p>
</div>
</main>
</body></html>
"""


def _note(report, start: str):
    return next(n for n in report.notes if n.body.question.startswith(start))


def test_a_frame_box_after_a_story_is_its_tips_not_its_result(taxonomy):
    report = imported(PAGE, taxonomy, "stories.html")

    story = _note(report, "Faster search index rebuild")
    assert story.body.result.strip() == "A rebuild now takes ninety minutes and schema changes ship weekly."
    assert story.coach.tips == (
        'Defensive frame: If asked whether I wrote the sharding — "No, the storage team owned it; I changed how we '
        'called it."',
        'If asked about cost — "The parallel run costs more per hour but far fewer hours."')


def test_a_box_saying_why_the_story_works_is_its_signals(taxonomy):
    report = imported(PAGE, taxonomy, "stories.html")

    story = _note(report, "Paging rota that burned people out")
    assert story.body.result.strip() == "Night pages per person fell by two thirds."
    assert story.coach.signals == (
        "Why this story works: It shows ownership without heroics, and a number at the end.",)
    assert not story.coach.tips


def test_a_box_of_the_writers_own_content_stays_where_it_is(taxonomy):
    report = imported(PAGE, taxonomy, "stories.html")

    story = _note(report, "Migration numbers")
    assert "My numbers" in story.body.result and "Forty producers, twelve weeks" in story.body.result
    assert not story.coach.tips and not story.coach.signals


def test_two_quoted_questions_over_paired_sub_sections_give_a_note_each(taxonomy):
    report = imported(PAGE, taxonomy, "stories.html")

    assert kinds(report) == {"star": 3, "qa": 2}
    company = _note(report, "Why this company?")
    leaving = _note(report, "Why are you leaving?")
    assert company.body.answer.strip() == "I want to work at the scale of your logistics platform."
    assert leaving.body.answer.strip() == "I finished the migration I joined for and want a bigger platform."
    assert "Don't blame your manager: Any complaint about the old job reads badly; talk about what you want next." \
        in " ".join(leaving.coach.tips)
    assert "Red flag" in " ".join(leaving.coach.tips)
    assert "Don't blame" not in company.body.answer + leaving.body.answer
    assert not company.variants and not leaving.variants


UNPAIRED = """<html><body><main>
<h2>"Why do you want this role?" / "What draws you to this team?"</h2>
<p>I have run release tooling for four years and this team owns the tooling for the whole company.</p>
<h2>What is your biggest weakness?</h2>
<p>I say yes to too much; now I keep a written list of what I have agreed to and trim it every Friday.</p>
</main></body></html>
"""


def test_two_quoted_questions_without_paired_sections_give_a_question_and_its_variant(taxonomy):
    report = imported(UNPAIRED, taxonomy, "why.html")

    assert kinds(report) == {"qa": 2}
    note = _note(report, "Why do you want this role?")
    assert note.body.question == "Why do you want this role?"
    assert note.variants == ("What draws you to this team?",)
    assert note.body.answer.strip().startswith("I have run release tooling for four years")


@pytest.mark.parametrize(("label", "kind"), [
    ("Defensive frame", "tips"), ("Pro tip", "tips"), ("If pressed", "tips"), ("Tip", "tips"),
    ("Why this answer works", "signals"), ("What they look for", "signals"),
    ("Don't oversell the rewrite", "redflags"), ("Avoid", "redflags"), ("Pitfall", "redflags"),
    ("My numbers", None), ("Example", None), ("Result", None), ("How do you frame a trade-off?", None),
])
def test_what_a_box_label_names(label, kind):
    assert box_kind(label) == kind


def test_a_box_labelled_only_by_its_kind_keeps_no_label_words():
    page = ("<main><h2>Story — Queue</h2><p><strong>Result:</strong> It worked.</p>"
            "<div class='note'><p class='note-title'>Tip</p><p>Lead with the number.</p></div></main>")

    markdown = page_to_markdown(page)

    assert "**Tips:**\n\nLead with the number." in markdown
    assert "Tip:" not in markdown.replace("Tips:", "")


def test_a_short_text_among_blocks_that_is_not_a_label_is_left_alone():
    page = ("<main><div class='grid'><div class='stat'><span class='value'>40%</span>"
            "<span class='label'>Tip rate</span></div><div class='stat'><span>12</span>"
            "<span class='label'>Teams</span></div></div></main>")

    assert "**Tips:**" not in page_to_markdown(page)


STORY = """# Stories

## Story 1 — The muted test

**Situation:** I muted a flaky test to ship a release, and it hid a real race.

**Task:** Find out why the test failed.

**Action — what went wrong:**

- I blamed the test runner.
- I muted it and shipped.

**Action — what I did to fix it:**

- Reproduced the race with a fake clock.
- Added a rule: no muted test without a ticket.

**Result:** The race was fixed before the next release.
"""


def test_a_part_named_twice_with_a_subtitle_after_a_dash_keeps_each_subtitle(taxonomy):
    report = imported(STORY, taxonomy, "stories.md")

    assert kinds(report) == {"star": 1}
    action = report.notes[0].body.action
    assert action == ("**What went wrong:**\n\n- I blamed the test runner.\n- I muted it and shipped.\n\n"
                      "**What I did to fix it:**\n\n- Reproduced the race with a fake clock.\n"
                      "- Added a rule: no muted test without a ticket.")
    assert not [line for line in skipped(report) if "went wrong" in line]


def test_a_part_with_a_dashed_subtitle_given_once_keeps_its_text_only(taxonomy):
    report = imported(STORY.replace("**Action — what I did to fix it:**\n\n", ""), taxonomy, "stories.md")

    action = report.notes[0].body.action
    assert "What went wrong" not in action
    assert action.startswith("- I blamed the test runner.")


def test_labelled_sections_one_after_another_in_one_element_are_not_one_box():
    page = ("<main><h2>Why are you moving on?</h2><div class='block'>"
            "<div class='block-label'>What they are testing</div><p>Whether you run toward something.</p>"
            "<div class='block-label'>Your answer</div><p>I want a bigger platform.</p></div></main>")

    markdown = page_to_markdown(page)

    assert "**Signals:**" not in markdown
    assert "What they are testing\n\nWhether you run toward something.\n\nYour answer" in markdown
