"""Round 18 fixes (b): question collections published as repository READMEs and blog articles. A topic heading
worded like one of our labels (``## Stakeholders``, ``## Growth``) among a bank's topic headings; links back up the
page in bold or inline HTML; an answer closed by a small link; placeholders set off by a glyph or a word to
contributors; follow-ups the writer got; a lone question of a topic about the hiring loop; questions listed ahead of
their answers; an interviewer's labels written as I; a README's FAQ; "Read more →" references; bold requests in
numbered items and tips nested under them; a table of contents as a table; collapsed MkDocs questions; a sheet's
"Why interviewers ask it" column; a page's opening remark above its labelled coaching."""

from __future__ import annotations

from leaderdeck.importers import import_text


def _import(text: str, taxonomy, name: str = "notes.md"):
    return import_text(text, taxonomy, display=name, source=name)


def _messages(report) -> str:
    return "\n".join(str(line) for line in (*report.skipped, *report.attention))


def _kinds(report) -> dict[str, int]:
    counts: dict[str, int] = {}
    for note in report.notes:
        counts[note.kind] = counts.get(note.kind, 0) + 1
    return counts


# (a) a topic heading worded like a label, beside other topic headings ----------------------------------------

TOPICS = """# Questions I was asked

{head}
------------

1. How do you push back on a director's deadline?
   - I show the trade-off in writing and offer a smaller first release.
2. How do you keep a partner team informed of a slip?

Hiring
------

1. How do you keep a hiring bar steady across interviewers?
   - A rubric per stage and a calibration session each quarter.
"""


def test_a_topic_heading_worded_like_a_scenario_label_keeps_its_questions(taxonomy) -> None:
    for head in ("Stakeholders", "Overview", "Growth", "Impact"):
        report = _import(TOPICS.format(head=head), taxonomy, "bank.md")
        questions = [note.body.question for note in report.notes]
        assert questions == ["How do you push back on a director's deadline?",
                             "How do you keep a partner team informed of a slip?",
                             "How do you keep a hiring bar steady across interviewers?"], head
        assert report.notes[0].body.answer.startswith("- I show the trade-off in writing")
        assert report.notes[1].draft
        assert not any(tip.startswith(("Context", head)) for note in report.notes for tip in note.coach.tips)


def test_a_label_heading_alone_over_a_story_part_stays_a_part(taxonomy) -> None:
    text = """# Billing rewrite

## Situation

Invoices were built by a cron job nobody owned.

## Action

I split the job into three steps and gave each an owner.

## Result

Late invoices went from forty a month to two.

## Growth

I now ask who owns a job before I ask how it works.
"""
    report = _import(text, taxonomy, "story.md")
    assert _kinds(report) == {"star": 1}
    assert "who owns a job" in report.notes[0].body.learning


# (b) links back up the page in bold or wrapped in inline HTML ---------------------------------------------------

BACK_LINKS = """# Questions for team leads

## Delivery

<details>
<summary><b>1. How do you plan a quarter?</b></summary>

| Week | Step |
|------|------|
| 1 | Gather asks from support and sales |
| 2 | Size the large items with the leads |

The plan is reviewed every second week.

</details>

**[⬆ back to top](#questions-for-team-leads)**

## Conflict

**2. How do you handle a disagreement with your own manager?**

I argue in private and commit in public. When it matters a lot I ask for a second meeting with more data.

<sub>[🔝 Back to index](#questions-for-team-leads)</sub>

**3. How do you settle an argument between two reviewers?**

I ask each to write down the risk they see, then we decide in one call.

<p align="right">(<a href="#questions-for-team-leads">back to top</a>)</p>
"""


def test_links_back_up_the_page_are_reported_never_answer_text(taxonomy) -> None:
    report = _import(BACK_LINKS, taxonomy, "readme.md")
    assert _kinds(report) == {"qa": 3}
    assert not any(note.draft for note in report.notes)
    for note in report.notes:
        assert "back to top" not in note.body.answer.lower() and "index" not in note.body.answer.lower()
    assert report.notes[0].body.answer.rstrip().endswith("The plan is reviewed every second week.")
    assert report.notes[1].body.answer.startswith("I argue in private and commit in public.")
    assert _messages(report).count("a link within the page") == 3


# (c) an answer closed by a link in inline HTML is no template's blank -------------------------------------------

def test_an_answer_closed_by_a_small_link_keeps_its_text(taxonomy) -> None:
    text = """# Questions

**1. How do you handle a disagreement with your own manager?**

I argue in private and commit in public. When it matters a lot I ask for a second meeting with more data.

<sub>[Read more](https://example.com/disagree-and-commit)</sub>

**2. How do you pick a tech lead?**

I look for the person others already go to with design questions.
"""
    report = _import(text, taxonomy, "readme.md")
    first = report.notes[0]
    assert not first.draft
    assert first.body.answer.startswith("I argue in private and commit in public.")


def test_a_template_with_blanks_is_still_a_placeholder(taxonomy) -> None:
    text = """# Questions

### 1. Tell me about a time you led a migration.

I led [team] to move [system] in <timeframe>.

### 2. How do you pick a tech lead?

I look for the person others already go to with design questions.
"""
    report = _import(text, taxonomy, "readme.md")
    assert report.notes[0].draft


# (d) a placeholder set off by an emoji; follow-ups the writer was asked ------------------------------------------

def test_an_emoji_before_a_not_yet_written_remark_makes_a_draft(taxonomy) -> None:
    text = """# Staff interview notes

#### 📌 Question 1: How do you get other teams to adopt a standard?

**My answer:** I start with one team that wants it and publish their numbers.

**Follow-ups I got:**
- What if a team refuses?
- How do you measure adoption?

#### 📌 Question 2: How do you decide when to build vs. buy?

**My answer:** 🚧 *still working on this one*
"""
    report = _import(text, taxonomy, "post.md")
    first, second = report.notes
    assert first.body.answer.startswith("I start with one team")
    assert "Follow-ups" not in first.body.answer
    assert "Follow-up: What if a team refuses?" in first.coach.tips
    assert second.draft and not second.body.answer


# (e) a lone question under its topic heading about the hiring loop ----------------------------------------------

def test_a_lone_question_about_the_hiring_loop_in_a_bank_stays_a_question(taxonomy) -> None:
    text = """# Questions for new managers

## Delivery

### How do you plan a quarter?

I collect asks in week one and commit in week three.

### How do you cut scope?

I drop the least used paths first.

## Hiring

### What does a good interview loop look like?

A short screen, a pairing exercise in our codebase and a values talk with someone outside the team.
"""
    report = _import(text, taxonomy, "bank.md")
    assert [note.body.question for note in report.notes][-1] == "What does a good interview loop look like?"
    assert report.notes[-1].body.answer.startswith("A short screen")


# (f) questions listed ahead of their answers ---------------------------------------------------------------------

OVERVIEW = """# Questions for new managers

What this post covers:

1. How do you lift a team's morale?
2. How do you run a blameless review?
3. How do you split a growing team?

## How do you lift a team's morale?

Low morale is a symptom. I look for the cause in one-on-ones first.

## How do you run a blameless review?

- Within two days of the incident
- Every action gets an owner and a date

## How do you split a growing team?

Along the product areas, keeping each team at six or fewer.
"""


def test_questions_listed_ahead_of_their_answers_are_each_one_note(taxonomy) -> None:
    report = _import(OVERVIEW, taxonomy, "post.md")
    assert _kinds(report) == {"qa": 3}
    assert not any(note.draft for note in report.notes)
    assert report.notes[0].body.answer.startswith("Low morale is a symptom.")
    assert "a list of the questions answered below" in _messages(report)
    assert "asked 2 times" not in _messages(report)


def test_a_table_of_questions_ahead_of_their_answers_gives_its_coaching_to_them(taxonomy) -> None:
    text = """# Manager cheat sheet

| # | Question | What they assess | Answer outline |
|---|----------|------------------|----------------|
| 1 | How do you lift a team's morale? | Empathy | Find the cause, fix one thing fast |
| 2 | How do you run a blameless review? | Culture | Timeline, factors, owners |
| 3 | How do you handle a cut in headcount? | Business sense | |

## Longer answers

### How do you lift a team's morale?

Low morale is a symptom. I look for the cause in one-on-ones first.

### How do you run a blameless review?

Within two days, with every action owned.
"""
    report = _import(text, taxonomy, "sheet.md")
    questions = [note.body.question for note in report.notes]
    assert sorted(questions) == sorted(["How do you lift a team's morale?", "How do you run a blameless review?",
                                        "How do you handle a cut in headcount?"])
    morale = next(note for note in report.notes if note.body.question.startswith("How do you lift"))
    assert morale.body.answer.startswith("Low morale is a symptom.")
    assert "Empathy" in morale.coach.signals
    assert "Find the cause, fix one thing fast" in morale.coach.tips
    cut = next(note for note in report.notes if "headcount" in note.body.question)
    assert cut.draft


def test_a_question_asked_in_two_places_of_a_bank_is_still_reported(taxonomy) -> None:
    text = """# Bank

## Acme

1. Why do you want to join us?
2. How do you run one-on-ones?
   - Weekly, the agenda is theirs.

## Globex

1. Why do you want to join us?
   - Their platform team works the way I like to.
2. How do you run one-on-ones?
"""
    report = _import(text, taxonomy, "bank.md")
    assert len(report.notes) == 4
    assert "asked 2 times" in _messages(report)


# (g) an interviewer writing as I: what they listen for, what a strong answer sounds like; a closing word ---------

def test_an_interviewers_italic_labels_and_closing_word(taxonomy) -> None:
    text = """# Questions I ask manager candidates

**Question 1: "Tell me about the best team you have worked on."**

*What I'm listening for:* whether you can say what made it work.

*A strong answer sounds like:* "It was the search team. We said 'I don't know' out loud and I copy that now."

---

**Question 2: "Tell me about a time you had to manage up."**

*What I'm listening for:* that you brought options, not only problems.

---

## Final word

None of these has one right answer. Reflect on your own work and you will be fine.
"""
    report = _import(text, taxonomy, "post.md")
    assert [note.body.question for note in report.notes] == [
        "Tell me about the best team you have worked on.", "Tell me about a time you had to manage up."]
    best, up = report.notes
    assert best.coach.signals == ("whether you can say what made it work.",)
    assert best.body.answer.startswith("It was the search team.")
    assert up.draft and up.coach.signals == ("that you brought options, not only problems.",)
    assert "section 'Final word' (not interview content)" in _messages(report)


def test_an_interviewers_own_bank_titled_questions_i_ask_candidates(taxonomy) -> None:
    text = """# Questions I ask manager candidates

### 1. How do you run your first week with a new team?

I meet everyone one to one and change nothing yet.

### 2. How do you hand over a project you started?
"""
    report = _import(text, taxonomy, "bank.md")
    assert [note.body.question for note in report.notes] == [
        "How do you run your first week with a new team?", "How do you hand over a project you started?"]


# (h) a README's FAQ; a placeholder with a word to contributors ---------------------------------------------------

FAQ_PAGE = """# Leadership prep

## People

<details>
  <summary>How do you onboard yourself onto an existing team?</summary>

  I spend two weeks in one-on-ones and then share back what I heard.
</details>

<details>
  <summary>How do you estimate a large project?</summary>

  > Coming soon. PRs welcome!
</details>

## FAQ

**Is this list enough to pass a loop?** No, practise out loud with a friend.

**Can I translate this?** Yes, open an issue first.
"""


def test_a_readmes_faq_is_reported_and_a_placeholder_inviting_help_is_a_draft(taxonomy) -> None:
    report = _import(FAQ_PAGE, taxonomy, "README.md")
    assert [note.body.question for note in report.notes] == [
        "How do you onboard yourself onto an existing team?", "How do you estimate a large project?"]
    assert report.notes[1].draft and not report.notes[1].body.answer
    assert "section 'FAQ' (the page's questions from its readers, not interview questions)" in _messages(report)


def test_a_faq_of_questions_put_to_you_stays_a_bank(taxonomy) -> None:
    text = """# Interview bank

## FAQ

### How do you handle a missed deadline?

I say so early and bring a new date.

### What is your biggest weakness?

I take on too much myself.
"""
    report = _import(text, taxonomy, "bank.md")
    assert len(report.notes) == 2


# (i) a reference line led by "Read more →" ---------------------------------------------------------------------

def test_a_read_more_line_with_an_arrow_is_a_reference_not_answer_text(taxonomy) -> None:
    text = """# Cheat sheet

### 1) Walk me through a project you owned end to end

I owned the move of our billing jobs to an event pipeline and cut over one region at a time.

Read more → [my write-up](https://blog.example.com/billing)

### 2) How do you mentor new engineers?

Weekly pairing and a small feature of their own from the start.

📖 **Read more:** [a talk on mentoring](https://example.com/talk)
"""
    report = _import(text, taxonomy, "post.md")
    assert len(report.notes) == 2
    for note in report.notes:
        assert "Read more" not in note.body.answer and "example.com" not in note.body.answer
    assert "line 7: a link (a reference, not the answer)" in _messages(report)
    assert "line 13: 'Read more' (not interview content)" in _messages(report)


# (j) numbered items asking in bold with the answer on the line; a tip nested under one --------------------------

INLINE_ITEMS = """## Questions for new managers

1. **Why do you want to manage?** I get more out of unblocking people than out of my own pull requests.
2. **What is the hardest part of the job for you?** Letting go of the code.
   - *Tip:* show that you know it and what you do about it.
3. **Describe your approach to technical debt.** A fifth of each sprint, ranked by cost of delay.
4. **Walk me through your hiring loop.**
"""


def test_a_bold_request_in_a_numbered_item_ends_at_its_bold_and_a_nested_tip_coaches_it(taxonomy) -> None:
    report = _import(INLINE_ITEMS, taxonomy, "README.md")
    assert [note.body.question for note in report.notes] == [
        "Why do you want to manage?", "What is the hardest part of the job for you?",
        "Describe your approach to technical debt.", "Walk me through your hiring loop."]
    hardest, debt, loop = report.notes[1:]
    assert hardest.body.answer.strip() == "Letting go of the code."
    assert hardest.coach.tips == ("show that you know it and what you do about it.",)
    assert debt.body.answer.startswith("A fifth of each sprint")
    assert loop.draft


def test_a_labelled_point_of_an_answers_own_list_stays_the_answers(taxonomy) -> None:
    text = """## Questions

1. **How do you run one-on-ones?**
   - Weekly, thirty minutes.
   - **Structure:** their agenda first, then mine.
2. **How do you hire?** With a scorecard.
"""
    report = _import(text, taxonomy, "README.md")
    assert "**Structure:** their agenda first" in report.notes[0].body.answer


# (k) a table of contents set as a table; collapsed MkDocs questions ----------------------------------------------

def test_a_table_of_in_page_links_is_a_table_of_contents(taxonomy) -> None:
    text = """# Questions for engineering leads

| No. | Questions |
|-----|-----------|
| 1 | [How do you handle on-call fatigue?](#q1) |
| 2 | [What makes a healthy review culture?](#q2) |

<a name="q1"></a>
### Q1. How do you handle on-call fatigue?

**A:** I count pages per shift, delete the noisy alerts and widen the rotation.

<a name="q2"></a>
### Q2. What makes a healthy review culture?

**A:** Reviews within a day, and comments about the code, never the person.
"""
    report = _import(text, taxonomy, "README.md")
    assert [note.body.question for note in report.notes] == [
        "How do you handle on-call fatigue?", "What makes a healthy review culture?"]
    assert not any(note.draft for note in report.notes)
    assert "a table of contents (links within the page, lines 3-6)" in _messages(report)


def test_collapsed_mkdocs_questions_are_questions_over_their_answers(taxonomy) -> None:
    text = """# Leadership questions

## People

??? question "How do you build trust with a skip-level?"
    A monthly coffee with no agenda, and I always act on one thing I hear.

??? question "How do you coach a lead who micromanages?"

## Strategy

??? question "How do you write a technical strategy?"
    A diagnosis first, then a few guiding policies, then concrete actions.

    !!! tip
        Keep it short enough that people read it.
"""
    report = _import(text, taxonomy, "index.md")
    assert [note.body.question for note in report.notes] == [
        "How do you build trust with a skip-level?", "How do you coach a lead who micromanages?",
        "How do you write a technical strategy?"]
    trust, lead, strategy = report.notes
    assert trust.body.answer.startswith("A monthly coffee")
    assert lead.draft
    assert strategy.body.answer.startswith("A diagnosis first")
    assert strategy.coach.tips == ("Keep it short enough that people read it.",)


# (l) a sheet's "Why interviewers ask it" column; a page's opening remark above its labelled coaching --------------

def test_a_sheets_why_interviewers_ask_it_column_gives_signals(taxonomy) -> None:
    text = ('#,Question,Why interviewers ask it,Sample answer\n'
            '1,How do you handle a slipping project?,To see if you tell people early,"I say so the same day, with a '
            'new date."\n'
            '2,Tell me about a time you failed.,Self-awareness,\n')
    report = import_text(text, taxonomy, display="bank.csv", source="bank.csv")
    first, second = report.notes
    assert first.coach.signals == ("To see if you tell people early",)
    assert second.draft and second.coach.signals == ("Self-awareness",)


def test_a_pages_opening_remark_above_its_labelled_coaching_is_no_part_of_the_answer(taxonomy) -> None:
    text = """How to Answer "Tell Me About a Time You Settled a Disagreement"

Disagreement questions come up in nearly every manager interview. Here is a way through them.

Why interviewers ask this question
They want to see that you act early and stay fair to both sides.

How to answer
1. Pick a disagreement that mattered.
2. Give both views fairly.

Example answer
Two leads argued over a rewrite. I met each alone, then ran one review where both showed costs and risks, and we
chose a rewrite in steps with a checkpoint after six weeks.
"""
    report = import_text(text, taxonomy, display="post.txt", source="post.txt")
    note = report.notes[0]
    assert note.body.answer.startswith("Two leads argued over a rewrite.")
    assert "Disagreement questions come up" not in note.body.answer
    assert note.coach.tips[0].startswith("Disagreement questions come up")
    assert note.coach.signals == ("They want to see that you act early and stay fair to both sides.",)


BADGED_TITLE = """# Engineering Manager Interview Questions [![Awesome](https://awesome.re/badge.svg)](https://awesome.re) ![stars](https://img.example/stars.svg)

### How do you run a one-to-one that is not a status update?

I ask what is on their mind first and keep project status for the team channel.
"""


def test_a_readme_titles_badges_are_not_part_of_the_heading_its_report_line_names(taxonomy):
    report = _import(BADGED_TITLE, taxonomy)
    assert [note.level.value for note in report.notes] == ["manager"]
    said = _messages(report)
    assert "level manager for 1 note, from the heading 'Engineering Manager Interview Questions'" in said
    assert "awesome" not in said.casefold() and "![" not in said
