"""A take-home case that fills a whole document is one scenario, whatever its follow-ups are called."""

from __future__ import annotations

import pytest

from leaderdeck.model import Kind
from test_importers_shapes import imported, kinds, messages

CASE = """\
# Case study: The stalled data migration

## Background
You lead three teams that own the order database. A migration to a new store started a year ago.

## Where things stand
- Half the tables have moved; the other half block two product launches.
- The vendor contract for the old store ends in six months.

## Constraints
- The budget is fixed for the year.
- One of the three teams is new to the codebase.

## Your task
Walk the panel through a plan for the next two quarters, and say what you would cut.

## {followups}
- What would you do if the vendor refused to extend the contract?
- How would you tell the product teams that a launch slips?
"""


@pytest.mark.parametrize("followups", ["Questions the panel may ask", "Questions interviewers might ask you",
                                       "Likely questions they will ask", "Questions to expect"])
def test_a_case_with_its_follow_up_questions_is_one_scenario(taxonomy, followups):
    report = imported("case.md", taxonomy, CASE.format(followups=followups))

    assert kinds(report) == {"scenario": 1}
    note = report.notes[0]
    assert note.kind is Kind.SCENARIO
    assert note.body.question.startswith("Walk the panel through a plan")
    assert "Half the tables have moved" in note.body.situation
    assert note.body.challenges == ("The budget is fixed for the year.", "One of the three teams is new to the codebase.")
    asked = " ".join(note.coach.tips)
    assert "vendor refused to extend" in asked and "a launch slips" in asked


PRINCIPLES = """\
# Questions by principle

## Customer focus

**Q: Tell me about a time you changed a plan because of what a customer said.**

A: A pilot customer showed us their export workflow; we dropped a dashboard and built the export first.

**Q: Describe a decision you made for customers that cost your team.**

A: I moved our release to a weekend so a hospital customer could avoid downtime, and gave the team two days back.

## Ownership

**Q: Give an example of a problem you fixed that was not yours to fix.**

_Write your answer here_
"""


def test_questions_labelled_q_are_questions_however_they_end(taxonomy):
    """A ``Q:`` label says the line asks, even when it ends with a full stop like most prompts do."""
    report = imported("principles.md", taxonomy, PRINCIPLES)

    assert kinds(report) == {"qa": 3}
    questions = [n.body.question for n in report.notes]
    assert questions == ["Tell me about a time you changed a plan because of what a customer said.",
                         "Describe a decision you made for customers that cost your team.",
                         "Give an example of a problem you fixed that was not yours to fix."]
    assert report.notes[0].body.answer.startswith("A pilot customer showed us")
    assert [n.draft for n in report.notes] == [False, False, True]


STORY_UNDER_QUESTION = """\
# Story bank

## Tell me about a time you had to walk back a commitment.

**Situation:** We had promised a partner a data feed by June, built on a service another team was retiring.

**Task:** Tell the partner early and keep the relationship.

**Action:** I called their engineering lead that week, explained why, and offered a nightly file as a bridge.

**Result:** The partner stayed; the bridge ran for two months until the new feed shipped.

## Give an example of a hard trade-off you made.

**Situation:** Two launches needed the same three engineers in the same month.

**Task:** Choose, and explain the choice to both product managers.

**Action:** I compared the revenue at stake and the cost of a month's delay for each, and shared the sheet.

**Result:** We shipped the larger launch first; the second slipped three weeks with no lost customers.

**Situation:** A year later the same clash came up between a migration and a feature.

**Action:** I reused the sheet and let the product managers decide together.

**Result:** They chose in one meeting.

<details>
<summary>Why do you want to leave your current role?</summary>

**Situation:** My team's charter moved to another site.

**Task:** Decide whether to move with it.

**Action:** I helped hire my successor there.

**Result:** The handover finished in six weeks.

</details>
"""


def test_star_parts_right_under_a_question_heading_answer_it(taxonomy):
    """A question heading (or a <details> summary) followed at once by STAR parts is one story, not a draft
    plus parts with no question; a second story under the same heading answers the same question."""
    report = imported("bank.md", taxonomy, STORY_UNDER_QUESTION)

    assert kinds(report) == {"star": 4}
    questions = [n.body.question for n in report.notes]
    assert questions == ["Tell me about a time you had to walk back a commitment.",
                         "Give an example of a hard trade-off you made.",
                         "Give an example of a hard trade-off you made.",
                         "Why do you want to leave your current role?"]
    assert report.notes[0].body.result.startswith("The partner stayed")
    assert report.notes[2].body.situation.startswith("A year later")
    assert report.notes[3].body.task == "Decide whether to move with it."
    assert not any(n.draft for n in report.notes[:2])
    assert not report.skipped


SCENARIOS_WITH_QUESTIONS = """\
# Practice scenarios

## Scenario 1: The quiet rollback

**Context:** A release went out on Friday; on Monday you learn a team rolled it back over the weekend and told no one.

**Challenges:**
- The rollback broke a partner integration
- The team lead is new

**Questions:**
- What do you say to the team lead first?
- What would you change in the release process?

## Scenario 2: The hiring freeze

**Context:** Finance freezes hiring two weeks after you promised your teams four new engineers.

**Questions:**
- How do you tell the teams?
"""

NUMBERED_STORIES = """\
# Loop prep

1. Tell me about a time you turned a team's morale around.
   - **S:** After two reorganisations in a year, half the team was interviewing elsewhere.
   - **T:** Keep the team together through the next quarter's launch.
   - **A:** I held weekly open questions sessions and gave each engineer a say in their next project.
   - **R:** Nobody left that quarter and the launch went out on the planned date.

2. How do you run a planning cycle?
   - Begin with the outcomes the company set for the half
   - Ask each team for its own proposal, then trim together
"""


def test_a_scenario_s_questions_are_its_discussion_not_notes_of_their_own(taxonomy):
    report = imported("scenarios.md", taxonomy, SCENARIOS_WITH_QUESTIONS)

    assert kinds(report) == {"scenario": 2}
    first, second = report.notes
    assert first.body.title == "The quiet rollback"
    assert first.body.challenges == ("The rollback broke a partner integration", "The team lead is new")
    assert [p.heading for p in first.body.discussion] == ["What do you say to the team lead first?",
                                                          "What would you change in the release process?"]
    assert [p.heading for p in second.body.discussion] == ["How do you tell the teams?"]
    assert second.body.situation.startswith("Finance freezes hiring")


def test_star_parts_listed_under_a_numbered_question_make_a_story(taxonomy):
    """``1. Tell me about...`` with ``- **S:**``, ``- **T:**``, ``- **A:**``, ``- **R:**`` nested under it:
    a star (``A:`` read as the action); a plain list under the next question stays its answer."""
    report = imported("loop.md", taxonomy, NUMBERED_STORIES)

    assert kinds(report) == {"star": 1, "qa": 1}
    story = next(n for n in report.notes if n.kind is Kind.STAR)
    assert story.body.question == "Tell me about a time you turned a team's morale around."
    assert story.body.action.startswith("I held weekly open questions sessions")
    assert story.body.result.startswith("Nobody left that quarter")
    assert not story.draft and not report.skipped
    answer = next(n for n in report.notes if n.kind is Kind.QA).body.answer
    assert answer.startswith("- Begin with the outcomes")


WEB_PAGE = """\
<!DOCTYPE html>
<html lang="en"><head><title>Manager interview questions</title>
<style>body { font-family: serif }</style><script>window.track = 1;</script></head>
<body>
<header><a href="/">Our blog</a></header>
<nav><ul><li><a href="/jobs">Jobs</a></li><li><a href="/about">About</a></li></ul></nav>
<main>
<h1>Manager interview questions</h1>
<h2>1. How do you handle a missed deadline?</h2>
<p>I tell the people who depend on the date as soon as it is at risk, with a new date and its cost.</p>
<h2>2. Tell me about a time you coached someone through a failure.</h2>
<p><strong>Situation:</strong> A new engineer's migration script dropped a staging table.</p>
<p><strong>Task:</strong> Help them recover without losing confidence.</p>
<p><strong>Action:</strong> We restored it together and wrote the review as a pair.</p>
<p><strong>Result:</strong> They led the next migration, with a dry run they designed.</p>
<h2>3. What do you look for in a tech lead?</h2>
<ul><li>Clear writing</li><li>Judgement about scope</li></ul>
</main>
<footer>Copyright 2025, all rights reserved</footer>
</body></html>
"""


@pytest.mark.parametrize("name", ["questions.html", "saved-page.txt"])
def test_a_saved_web_page_is_read_as_its_content(taxonomy, name):
    """An .html file (or a file that opens as an HTML document) is read as the Markdown of its main
    content: headings, paragraphs, lists and bold labels; the site's header, navigation, footer,
    scripts and styles are not the page's content."""
    report = imported(name, taxonomy, WEB_PAGE)

    assert kinds(report) == {"qa": 2, "star": 1}
    first, story, lead = report.notes
    assert first.body.question == "How do you handle a missed deadline?"
    assert first.body.answer.startswith("I tell the people who depend on the date")
    assert story.body.question == "Tell me about a time you coached someone through a failure."
    assert story.body.result == "They led the next migration, with a dry run they designed."
    assert lead.body.answer.splitlines() == ["- Clear writing", "- Judgement about scope"]
    everything = repr(report.notes)
    assert not any(chrome in everything for chrome in ("Our blog", "Jobs", "Copyright", "window.track", "serif"))


STAR_TABLES = """\
# Stories by principle

### Frugality: "The shared staging cluster"
*Question: Tell me about a time you did more with less.*

| | |
|---|---|
| **S** | Each team ran its own staging cluster, and the bill grew every month. |
| **T** | Cut the cost without slowing any team down. |
| **A** | I moved four teams onto one shared cluster with namespaces and quotas. |
| **R** | Staging spend fell by half and deploy times did not change. |

### Earn trust: "The missed promise"
**Question:** Describe a time you had to rebuild trust with a partner team.

| Part | Story |
|---|---|
| Situation | We shipped an API change that broke their nightly jobs twice. |
| Task | Win back their confidence before the next release. |
| Action | I gave them a seat in our release review and a contract test in our pipeline. |
| Result | No breakage in the six releases since. |
| Learning | A shared test says more than an apology. |

### Not a story
| Tool | Use |
|---|---|
| Grafana | dashboards |
| Sentry | errors |
"""


def test_a_story_told_in_a_table_a_part_per_row(taxonomy):
    """``| **S** | ... |`` rows (or ``| Situation | ... |`` under a header) are the story's STAR parts; an
    italic ``*Question: ...*`` line gives the question without its emphasis; any other table stays text."""
    report = imported("principles.md", taxonomy, STAR_TABLES)

    assert kinds(report) == {"star": 2}
    frugal, trust = report.notes
    assert frugal.body.question == "Tell me about a time you did more with less."
    assert frugal.body.action == "I moved four teams onto one shared cluster with namespaces and quotas."
    assert frugal.body.result == "Staging spend fell by half and deploy times did not change."
    assert trust.body.question == "Describe a time you had to rebuild trust with a partner team."
    assert trust.body.situation.startswith("We shipped an API change")
    assert trust.body.learning == "A shared test says more than an apology."
    assert not any(n.draft for n in report.notes)


PROPERTIES = """\
# Rescuing the ledger rewrite

Level: Director of Engineering
Category: {category}
Tags: rescue, planning

**Question:** Tell me about a project you brought back on track.

**Situation:** The ledger rewrite had slipped a quarter and the finance team had stopped trusting dates.

**Task:** My director asked me to own the recovery plan.

**Action:** I split the rewrite into three releases, each one usable on its own, and demoed every Friday.

**Result:** The first release shipped in five weeks; the whole rewrite landed two months later.
"""


def test_a_page_s_property_lines_are_each_read(taxonomy):
    """Notes apps export a page's properties as consecutive ``Key: value`` lines: one paragraph in Markdown."""
    report = imported("page.md", taxonomy, PROPERTIES.format(category="Hiring"))

    assert kinds(report) == {"star": 1}
    note = report.notes[0]
    assert note.level.value == "director"
    assert note.topic.name == "Hiring"
    assert set(note.tags) >= {"rescue", "planning"}
    assert note.body.situation.startswith("The ledger rewrite had slipped")


def test_a_stated_category_that_is_no_topic_is_reported(taxonomy):
    report = imported("page.md", taxonomy, PROPERTIES.format(category="Execution Excellence"))

    assert kinds(report) == {"star": 1}
    said = [m for m in messages(report) if "'Execution Excellence' is not a topic (1 note)" in m]
    assert len(said) == 1 and "--topic" in said[0]


NAMED_BANK = """\
# Stories

## The rota that wore people out
{covers_first}
### Situation
Pages woke someone up most nights and two engineers talked about leaving.

### Task
I had to lower the load and keep our uptime promise.

### Action
I turned noisy alerts into tickets and added a second rota.

### Result
Night pages fell by four fifths within a month; both engineers stayed.
{covers_last}
## The supplier who slipped

### Questions this answers
- Tell me about a partner who let you down.

### Situation
A supplier missed three deliveries in a row.

### Action
I set weekly checkpoints and built a fallback.

### Result
We launched on the fallback on the planned day.
"""
COVERS = """
### Questions this answers
- Tell me about a time you improved how your team works.
- Describe a process you changed because it hurt people.
"""


@pytest.mark.parametrize("where", ["first", "last"])
def test_a_story_s_questions_under_a_heading_of_their_own(taxonomy, where):
    text = NAMED_BANK.format(covers_first=COVERS if where == "first" else "",
                             covers_last=COVERS if where == "last" else "")
    report = imported("bank.md", taxonomy, text)

    assert kinds(report) == {"star": 2}
    rota, supplier = report.notes
    assert rota.body.title == "The rota that wore people out"
    assert rota.body.question == "Tell me about a time you improved how your team works."
    assert rota.variants == ("Describe a process you changed because it hurt people.",)
    assert rota.body.result.startswith("Night pages fell")
    assert supplier.body.question == "Tell me about a partner who let you down."
    assert not [m for m in messages(report) if "no question for" in m]


NUMBERED_TEXT = """\
Q1. Tell me about a launch you had to delay.
Situation: Our billing change was due the week the payment provider froze deployments.
Task: I had to decide whether to ship anyway.
Action: I moved the launch by nine days and told sales the same morning.
Result: We shipped without a single failed charge.

Q2. How do you give feedback to a senior engineer?
A: In private, soon after the moment, about what I saw rather than what I guess they meant.
"""


def test_plain_text_questions_numbered_q1_q2(taxonomy):
    report = imported("prep.txt", taxonomy, NUMBERED_TEXT)

    assert kinds(report) == {"star": 1, "qa": 1}
    story, qa = report.notes
    assert story.body.question == "Tell me about a launch you had to delay."
    assert story.body.task == "I had to decide whether to ship anyway."
    assert qa.body.question == "How do you give feedback to a senior engineer?"
    assert qa.body.answer.startswith("In private, soon after")


STORY_FORMS = """\
## Tell me about a time you turned a team around.

**{setting}:** The support tooling team had lost three people in a quarter and missed every date.

**Action:** I paired each new hire with a veteran and cut the backlog to what we could finish.

**Result:** We hit the next four release dates and nobody else left that year.
"""


@pytest.mark.parametrize("setting", ["Challenge", "Problem", "Context", "Background"])
def test_car_and_par_stories_set_their_scene(taxonomy, setting):
    """Challenge-Action-Result and Problem-Action-Result stories: the first part is the Situation."""
    report = imported("car.md", taxonomy, STORY_FORMS.format(setting=setting))

    assert kinds(report) == {"star": 1}
    body = report.notes[0].body
    assert body.situation.startswith("The support tooling team had lost three people")
    assert body.action.startswith("I paired each new hire")
    assert not report.skipped


def test_a_story_with_context_and_challenges_stays_a_story(taxonomy):
    text = STORY_FORMS.format(setting="Context").replace(
        "**Action:**", "**Challenges:** Two senior engineers wanted to rewrite the tooling first.\n\n**Action:**")
    report = imported("story.md", taxonomy, text)

    assert kinds(report) == {"star": 1}
    body = report.notes[0].body
    assert body.situation.startswith("The support tooling team")
    assert body.task == "Two senior engineers wanted to rewrite the tooling first."


def test_situation_and_task_under_one_label(taxonomy):
    two = ("**Situation/Task:** A partner API broke our checkout twice a week. I was asked to make checkout survive it.\n\n"
           "**Action:** I added a queue and a fallback price table.\n\n**Result:** Checkout errors fell by 90% in a month.\n")
    one = two.replace(". I was asked to make checkout survive it.", ", so checkout failed.")

    split = imported("story.md", taxonomy, "## Tell me about a fragile dependency.\n\n" + two).notes[0]
    assert split.body.situation == "A partner API broke our checkout twice a week."
    assert split.body.task == "I was asked to make checkout survive it."
    assert not split.draft

    report = imported("story.md", taxonomy, "## Tell me about a fragile dependency.\n\n" + one)
    whole = report.notes[0]
    assert whole.body.situation == "A partner API broke our checkout twice a week, so checkout failed."
    assert whole.draft
    assert any("'Situation/Task' gives the Situation and Task in one text; split it" in m for m in messages(report))


EXPORTED = """\
**Interview notes**

**1\\. Tell me about a time you changed your mind\\.**

A load test showed my caching plan would not hold\\. I said so in the design review and we went with the queue\\.

**2\\. What is your biggest weakness?**

\\[fill in later\\]
"""


def test_a_document_exported_with_escaped_punctuation(taxonomy):
    """Google Docs and other exporters escape punctuation that needs no escape ("1\\.", "done\\.", "\\[")."""
    report = imported("export.md", taxonomy, EXPORTED)

    assert kinds(report) == {"qa": 2}
    changed, weakness = report.notes
    assert changed.body.question == "Tell me about a time you changed your mind."
    assert changed.body.answer == ("A load test showed my caching plan would not hold. I said so in the design review "
                                   "and we went with the queue.")
    assert weakness.body.question == "What is your biggest weakness?"
    assert weakness.draft and not weakness.body.answer  # a placeholder is not an answer


CALLOUTS = """\
# Loop prep

> [!question] How do you plan a quarter with a new team?
> I start from last quarter's misses, agree three outcomes with product, and leave a fifth of the time free.

> [!faq]- Tell me about a decision you reversed.
> We moved search to a hosted service, saw the bill triple, and moved it back within a month.
>
> > [!tip]
> > Say what the reversal cost, not only what it saved.

> [!NOTE]
> This page is for the manager loop.
"""


def test_obsidian_callouts_and_github_alerts(taxonomy):
    report = imported("loop.md", taxonomy, CALLOUTS)

    assert kinds(report) == {"qa": 2}
    plan, reversed_ = report.notes
    assert plan.body.question == "How do you plan a quarter with a new team?"
    assert plan.body.answer.startswith("I start from last quarter's misses")
    assert reversed_.body.question == "Tell me about a decision you reversed."
    assert reversed_.body.answer.startswith("We moved search to a hosted service")


def test_a_table_s_columns_named_in_a_document_s_words(taxonomy):
    text = ("| # | Question | My answer | What they look for |\n|---|---|---|---|\n"
            "| 1 | How do you run a retro? | I ask what surprised us, then pick one change. | Follow-through |\n"
            "| 2 | Why this team? | TBD | |\n")
    report = imported("table.md", taxonomy, text)

    assert kinds(report) == {"qa": 2}
    retro, why = report.notes
    assert retro.body.answer == "I ask what surprised us, then pick one change."
    assert retro.coach.signals == ("Follow-through",)
    assert why.draft and not why.body.answer


def test_star_labels_inside_one_paragraph_and_a_stage_before_the_question(taxonomy):
    text = ("### Tell me about a time you pushed back on your manager.\n"
            "**S:** We were asked to launch in two weeks. **T:** I ran the launch. **A:** I showed the three risks "
            "and offered a smaller first release. **R:** The small release went out on time; the rest followed.\n\n"
            "### Round 2 - What would you do in your first month?\n"
            "Meet every person on the team and fix one small thing they name.\n")
    report = imported("loop.md", taxonomy, text)

    assert kinds(report) == {"star": 1, "qa": 1}
    story, month = report.notes
    assert story.body.situation == "We were asked to launch in two weeks."
    assert story.body.task == "I ran the launch."
    assert story.body.action == "I showed the three risks and offered a smaller first release."
    assert story.body.result.startswith("The small release went out on time")
    assert month.body.question == "What would you do in your first month?"


PLAIN_CASE = """\
CASE STUDY: THE TWO ROADMAPS

Background
You run engineering for a product that two business units share. Each unit keeps its own roadmap and
both expect your teams to deliver all of it this year.

Challenges
- Each unit head reports to a different executive.
- Your headcount is frozen.

Discussion questions
1. How do you decide what gets built first?
2. Who do you bring into the room, and when?
"""


def test_a_plain_text_case_named_by_its_first_line(taxonomy):
    report = imported("case.txt", taxonomy, PLAIN_CASE)

    assert kinds(report) == {"scenario": 1}
    case = report.notes[0]
    assert case.body.title == "The Two Roadmaps"
    assert case.body.situation.startswith("You run engineering for a product")
    assert case.body.challenges == ("Each unit head reports to a different executive.", "Your headcount is frozen.")
    assert [p.heading for p in case.body.discussion] == ["How do you decide what gets built first?",
                                                         "Who do you bring into the room, and when?"]


GUIDE = """\
# How to answer "Tell me about a time you let your team down"

A question about ownership.

## What a strong answer includes
- A real miss with real cost
- What you changed after it

## What not to say
- Anything that blames the team

## Our notes
- Most candidates pick a miss that is too small.

## Sample answer
**Situation:** I promised a quarter's work to two teams at once.
**Task:** I had to tell one of them it would slip.
**Action:** I told both leads the same day and gave the slipped team first pick next quarter.
**Result:** The slipped team shipped their part a month later, and both leads kept trusting my dates.

## Similar questions
- Describe a commitment you could not keep.

Like this guide? Share it with a friend!
"""


def test_a_guide_titled_with_the_question_it_quotes(taxonomy):
    report = imported("guide.md", taxonomy, GUIDE)

    assert kinds(report) == {"star": 1}
    note = report.notes[0]
    assert note.body.question == "Tell me about a time you let your team down"
    assert note.coach.signals == ("A real miss with real cost", "What you changed after it")
    assert "Red flag: Anything that blames the team" in note.coach.tips
    assert note.variants == ("Describe a commitment you could not keep.",)  # the share line is no phrasing
    assert note.body.result.startswith("The slipped team shipped")
    assert any(s.what == "section 'Our notes'" for s in report.skipped)  # reported, not silently dropped


def test_questions_and_answers_marked_q_dot_and_a_dot(taxonomy):
    markdown = ("## People\n\n**Q.** How do you hand over work you could do faster yourself?\n"
                "**A.** I give the outcome and a date, not the steps, and ask for an early draft.\n")
    plain = ("Q. How do you hand over work you could do faster yourself?\n"
             "A) I give the outcome and a date, not the steps, and ask for an early draft.\n")
    for name, text in (("faq.md", markdown), ("faq.txt", plain)):
        report = imported(name, taxonomy, text)
        assert kinds(report) == {"qa": 1}, name
        note = report.notes[0]
        assert note.body.question == "How do you hand over work you could do faster yourself?"
        assert note.body.answer == "I give the outcome and a date, not the steps, and ask for an early draft."


def test_star_labels_after_an_emoji_each_start_a_part(taxonomy):
    text = ("1. **Tell me about a time you cut scope.**\n\n"
            "   🎯 **Situation:** The launch was six weeks out with two features unfinished.\n"
            "   📋 **Task:** I had to decide what to ship.\n"
            "   ⚡ **Action:** I dropped one feature and moved its engineers to the other.\n"
            "   🏆 **Result:** We launched on the date.\n")
    report = imported("scope.md", taxonomy, text)

    assert kinds(report) == {"star": 1}
    body = report.notes[0].body
    assert (body.situation, body.task) == ("The launch was six weeks out with two features unfinished.",
                                           "I had to decide what to ship.")
    assert body.result == "We launched on the date."


DASHED_BANK = """\
STORIES
=======

Story 1: Replacing the nightly batch
------------------------------------
Good for: ownership, technical debt

S - The nightly batch failed twice a week and the data team fixed it by hand each morning.
T - I took ownership of making it reliable.
A - I moved the batch to small hourly jobs and added alerts with a runbook.
R - Manual fixes stopped within a month.

Story 2: Coaching my first manager
----------------------------------
Good for: Tell me about someone you developed?

S - A senior engineer on my team wanted to manage.
T - I had to get her ready in two quarters.
A - I gave her two reports and met her weekly about what went wrong.
R - She took over the team when I moved on.
"""


def test_a_plain_text_bank_with_dashed_letters_and_what_each_story_is_good_for(taxonomy):
    report = imported("stories.txt", taxonomy, DASHED_BANK)

    assert kinds(report) == {"star": 2} and report.drafts == 0
    batch, coaching = report.notes
    assert batch.body.action == "I moved the batch to small hourly jobs and added alerts with a runbook."
    assert batch.competencies == ("ownership", "technical debt")  # what it shows, not a question
    assert coaching.body.question == "Tell me about someone you developed?"
    # "Coaching my first manager" names a story, not the level the document is written for
    assert all(note.level.value == "senior" for note in report.notes)


VALUES = """\
## 1. **Own It**

- Tell me about a **risky call** you made.
    - Story: the queue migration
    - S: our queue dropped messages at peak
    - T: I owned the platform
    - A: I moved to a managed queue behind a flag and ran both for two weeks
    - R: no dropped messages since
- Describe a time you **changed how the team works**.
    - Story: the no-meeting Wednesday
"""


def test_a_story_named_under_its_question(taxonomy):
    report = imported("values.md", taxonomy, VALUES)

    assert kinds(report) == {"star": 2}
    told, named = report.notes
    assert told.body.title == "the queue migration" and not told.competencies
    assert told.body.action.startswith("I moved to a managed queue") and not told.draft
    # only the story's name under the question: that story, as a draft whose parts are to write
    assert named.body.title == "the no-meeting Wednesday" and named.draft


SAVED_PAGE = """\
Home  Guides  Pricing  Sign in

How to Answer "Tell Me About a Time You Missed a Deadline"
Updated May 2026 · 5 min read

Why interviewers ask this question
They want to see whether you warn people early and learn from a miss.

What they are looking for
- You raised the risk before the date
- You owned your part

Sample answer
Situation: Our data export for a large customer was due on Friday and a dependency slipped.
Task: I owned the export.
Action: I told the customer on Tuesday, shipped a partial export on Friday and the rest the next week.
Result: The customer renewed and asked for the same weekly updates on the next project.

Common mistakes
- Blaming the dependency

Share this article: Email  LinkedIn
Related articles
"""


def test_a_web_page_saved_as_plain_text(taxonomy):
    report = imported("page.txt", taxonomy, SAVED_PAGE)

    assert kinds(report) == {"star": 1}
    note = report.notes[0]
    assert note.body.question == "Tell Me About a Time You Missed a Deadline"
    assert note.coach.signals == ("They want to see whether you warn people early and learn from a miss.",
                                  "You raised the risk before the date", "You owned your part")
    assert note.coach.tips == ("Red flag: Blaming the dependency",)  # the share line is not a red flag
    assert note.body.action.startswith("I told the customer on Tuesday")


OWN_NOTES = ("OWNERSHIP\n=========\n\nMy story: the retry storm\nProblem:\n\tretries from three services doubled the load "
             "in an outage\nWhat I did:\n\tadded backoff with jitter to the shared client\nOutcome:\n\tthe next outage "
             "recovered in four minutes, not forty\n\nSample Questions:\n1.\tTell me about a time you fixed something "
             "nobody asked you to fix.\n")


def test_own_notes_with_a_named_story_told_problem_first(taxonomy):
    report = imported("notes.txt", taxonomy, OWN_NOTES)

    assert kinds(report) == {"star": 1, "qa": 1}
    story = next(n for n in report.notes if n.kind is Kind.STAR)
    assert story.body.question == "the retry storm"
    assert "doubled the load" in story.body.situation  # the Problem is its situation, not lost
    assert "backoff with jitter" in story.body.action and "four minutes" in story.body.result


def test_a_scenario_s_challenge_for_the_candidate_is_its_prompt(taxonomy):
    text = ("### Scenario 1 — Two teams, one platform\n**Context:** You inherit two teams that each built a deploy "
            "tool.\n**Your challenge:** Pick one tool without losing either team.\n**What good looks like:**\n"
            "- You hear both teams first\n")
    report = imported("scenarios.md", taxonomy, text)

    assert kinds(report) == {"scenario": 1}
    note = report.notes[0]
    assert note.body.title == "Two teams, one platform"
    assert note.body.question == "Pick one tool without losing either team."
    assert note.body.situation == "You inherit two teams that each built a deploy tool."
    assert note.coach.signals == ("You hear both teams first",)


def test_a_topic_from_one_word_of_a_keyword_phrase_is_flagged(taxonomy):
    """"health" alone is not "code health": the guess it leads to is reported, not silently filed."""
    text = ("## Tell me about a time you improved your team's health.\n\n**Situation:** Pages woke someone most "
            "nights.\n\n**Task:** I had to cut the load.\n\n**Action:** I turned noisy alerts into tickets.\n\n"
            "**Result:** Night pages fell by four fifths.\n")
    report = imported("story.md", taxonomy, text)

    assert kinds(report) == {"star": 1}
    assert [m for m in messages(report) if "topic guessed for 'Tell me about a time you improved your team" in m
            and "(weak" in m]


def test_a_checklist_of_questions_to_prepare(taxonomy):
    text = ("## Leadership\n\n- [x] Tell me about a time you led without authority.\n"
            "- [ ] How do you grow senior engineers?\n  - a cross-team project and a staff engineer to pair with\n")
    report = imported("checklist.md", taxonomy, text)

    assert kinds(report) == {"qa": 2}
    assert [n.body.question for n in report.notes] == ["Tell me about a time you led without authority.",
                                                       "How do you grow senior engineers?"]


def test_questions_numbered_out_of_a_total_or_with_a_hash(taxonomy):
    text = ("### Question 3 of 20: Tell me about a time you said no to your manager.\nI showed what the extra project "
            "would delay and offered a smaller version.\n\n#### Q#4 - What do you look for in a new manager?\n"
            "Someone who has grown people.\n")
    report = imported("bank.md", taxonomy, text)

    assert [n.body.question for n in report.notes] == ["Tell me about a time you said no to your manager.",
                                                       "What do you look for in a new manager?"]
    assert report.notes[0].body.answer.startswith("I showed what the extra project")


def test_a_coaching_table_whose_columns_are_signals_and_red_flags(taxonomy):
    text = ("# Tell me about a time you disagreed with a decision\n\n## Signals\n\n"
            "| Strong signal | Weak signal |\n|---|---|\n| Disagreed with data, then committed | Complained but "
            "went along |\n| Changed their mind on new facts | Escalated before talking |\n\n## Sample answer\n\n"
            "I showed the numbers, lost the argument, and built the fallback we later needed.\n")
    report = imported("page.md", taxonomy, text)

    assert kinds(report) == {"qa": 1}
    coach = report.notes[0].coach
    assert coach.signals == ("Disagreed with data, then committed", "Changed their mind on new facts")
    assert coach.tips == ("Red flag: Complained but went along", "Red flag: Escalated before talking")
