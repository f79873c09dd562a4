"""Round 15 fixes (c): a question page copied from a browser as plain text. Its contents list repeats the
questions, each question has "What the interviewer wants to hear:" over an example answer, the last question is
worded as a request with no question mark and has no answer, and the page ends with its own "Was this page
helpful?" line."""

from __future__ import annotations

from leaderdeck.importers.labels import slot
from leaderdeck.importers.reader import read_document_text

from importing import imported, kinds, skipped

PAGE = """PLATFORM TEAM LEAD QUESTIONS (WITH EXAMPLE ANSWERS)

Contents
1. How do you plan a migration nobody wants?
2. How do you keep on-call fair?
3. How do you choose between two urgent requests?
4. Tell me about a launch you would run differently.

1. How do you plan a migration nobody wants?

What the interviewer wants to hear: that you make the old path costly and the new one easy.

Example answer:
"I publish the end date first, then write the tooling that moves most services in one command. Teams that stay on the old path after the date own its pages."

2. How do you keep on-call fair?

What the interviewer wants to hear: numbers, not feelings.

Example answer:
"I count pages per person per month and rebalance the rota every quarter. Whoever wrote the noisiest alert fixes it in the next sprint."

3. How do you choose between two urgent requests?

Example answer:
"I ask both owners what happens if theirs waits a week, and pick the one whose answer has a date and a cost in it."

4. Tell me about a launch you would run differently.

What the interviewer wants to hear: a real mistake and what you changed.

Tip: name the change you made, not only the mistake.

Was this page helpful?  Yes  No
"""


def test_each_question_of_the_page_keeps_its_own_answer_after_a_contents_list(taxonomy) -> None:
    report = imported(PAGE, taxonomy, "platform-lead.txt")
    assert kinds(report) == {"qa": 4}
    questions = [note.body.question for note in report.notes]
    assert questions == ["How do you plan a migration nobody wants?", "How do you keep on-call fair?",
                         "How do you choose between two urgent requests?",
                         "Tell me about a launch you would run differently."]
    first, second, third, fourth = report.notes
    assert first.body.answer.startswith("I publish the end date first")
    assert first.coach.signals == ("that you make the old path costly and the new one easy.",)
    assert second.body.answer.startswith("I count pages per person")
    assert second.coach.signals == ("numbers, not feelings.",)
    assert third.body.answer.startswith("I ask both owners")
    assert "Contents" in " ".join(skipped(report))


def test_a_request_numbered_next_after_an_example_answer_is_the_next_question_not_more_answer(taxonomy) -> None:
    third, fourth = imported(PAGE, taxonomy, "platform-lead.txt").notes[2:]
    assert "launch" not in third.body.answer
    assert fourth.draft and not fourth.body.answer
    assert fourth.coach.signals == ("a real mistake and what you changed.",)
    assert fourth.coach.tips == ("name the change you made, not only the mistake.",)


def test_the_last_questions_own_criteria_stay_with_it_where_each_question_has_its_own(taxonomy) -> None:
    third = imported(PAGE, taxonomy, "platform-lead.txt").notes[2]
    assert not third.coach.signals  # the criteria under question 4 are question 4's


def test_criteria_closing_a_run_of_bare_questions_still_reach_every_question_of_the_run(taxonomy) -> None:
    text = ("## Delivery\n\n1. How do you estimate a large project?\n2. How do you report a slip?\n\n"
            "**What they look for:** ranges instead of dates, and bad news told early.\n")
    report = imported(text, taxonomy, "bank.md")
    assert [note.coach.signals for note in report.notes] == [
        ("ranges instead of dates, and bad news told early.",)] * 2


def test_the_interviewers_wants_in_the_third_person_label_what_they_look_for() -> None:
    for label in ("What the interviewer looks for", "What the interviewer wants to hear", "What the panel wants",
                  "What the hiring manager listens for", "What the interviewer assesses"):
        assert slot(label) == "signals", label


def test_a_web_pages_own_lines_are_not_interview_content(taxonomy) -> None:
    for line in ("Was this page helpful?  Yes  No", "Was this article useful?", "Copyright 2025 Example Ltd",
                 "© 2025 Example Ltd. All rights reserved."):
        assert slot(line) == "noise", line
    assert slot("Was this the right call?") is None  # a question of a story, not the page's
    fourth = imported(PAGE, taxonomy, "platform-lead.txt").notes[3]
    assert not any("helpful" in tip for tip in fourth.coach.tips)


NOTES_PAGE = """# Questions I was asked for lead roles

## Influence

### How do you change a decision you disagree with?

I write down what each option costs and ask for a date to look at it again.

### How do you unblock a project that waits on another team?

I find who owns the blocker and agree a date with them.

---

*Found a typo? Open an issue and I will fix it.*

Happy interviewing!
"""


def test_a_pages_closing_note_to_its_readers_is_reported_not_a_question(taxonomy) -> None:
    report = imported(NOTES_PAGE, taxonomy, "lead-notes.md")
    assert kinds(report) == {"qa": 2}
    assert [note.body.question for note in report.notes] == [
        "How do you change a decision you disagree with?", "How do you unblock a project that waits on another team?"]
    assert "Happy" not in report.notes[1].body.answer
    lines = skipped(report)
    assert any(line.startswith("line 15: 'Found a typo?") and "note to its readers" in line for line in lines)
    assert any(line.startswith("line 17: 'Happy interviewing!'") for line in lines)


def test_a_last_question_about_the_work_after_a_rule_stays_a_question(taxonomy) -> None:
    text = ("# Lead questions\n\n### How do you plan a quarter?\n\nI start from the goals.\n\n---\n\n"
            "How do you handle a teammate who keeps missing reviews?\n")
    report = imported(text, taxonomy, "lead.md")
    assert [note.body.question for note in report.notes][-1] == \
        "How do you handle a teammate who keeps missing reviews?"


BANK = """My Story Bank

Story 1 - The Pager Storm
Competencies: Ownership, Operational excellence
Questions it answers:
- Tell me about a time you fixed a process nobody owned.
- Describe a time you reduced toil for your team.

Situation
Our on-call got 300 pages a week, most of them from three noisy alerts.

Task
As the new manager I had to make on-call bearable without pausing feature work.

Action
I ran a two-week alert review and deleted the alerts nobody acted on.

Result
Pages fell to 40 a week within a month.

Story 2 - The Hiring Freeze
Competencies: Prioritization

Situation
Halfway through the year our headcount was frozen with two roles open.

Task
I had to deliver the roadmap with the team I had.

Action
I cut the two smallest projects and paired the team on the largest.

Result
We shipped the largest project a month late and dropped nothing else.
"""


def _check_bank(report) -> None:
    assert kinds(report) == {"star": 2}
    first, second = report.notes
    assert first.body.title == "The Pager Storm"
    assert first.body.question == "Tell me about a time you fixed a process nobody owned."
    assert first.variants == ("Describe a time you reduced toil for your team.",)
    assert first.competencies == ("Ownership", "Operational excellence")
    assert second.competencies == ("Prioritization",)  # the first story's facts are its own, not the section's


def test_a_plain_text_storys_title_line_over_its_facts_and_questions_names_the_first_story_too(taxonomy) -> None:
    _check_bank(imported(BANK, taxonomy, "bank.txt"))


def test_markdown_facts_typed_on_consecutive_lines_over_the_questions_a_story_answers(taxonomy) -> None:
    text = BANK.replace("My Story Bank", "# My Story Bank").replace("Story 1 - ", "## ").replace("Story 2 - ", "## ")
    for part in ("Situation", "Task", "Action", "Result"):
        text = text.replace(f"\n{part}\n", f"\n**{part}**\n")
    _check_bank(imported(text, taxonomy, "bank.md"))


def test_a_story_sheets_row_telling_one_part_is_a_draft_story(taxonomy) -> None:
    sheet = ("\ufeffName,Status,Competency,Situation,Task,Action,Result,Reflection\r\n"
             "The Pager Storm,Ready,Ownership,300 pages a week.,Make on-call bearable.,\"Reviewed alerts.\n"
             "Deleted dead ones.\",40 pages a week.,Alerts need owners.\r\n"
             "The Hiring Freeze,Draft,Prioritization,Headcount froze mid-year.,,,,\r\n"
             ",,,,A lone action with no story named.,,,\r\n")
    report = imported(sheet, taxonomy, "stories.csv")
    assert kinds(report) == {"star": 2}
    told, untold = report.notes
    assert told.body.action == "Reviewed alerts.\nDeleted dead ones." and not told.draft
    assert untold.body.question == "The Hiring Freeze" and untold.draft
    assert untold.kind.value == "star" and untold.body.situation == "Headcount froze mid-year."
    assert {"'The Hiring Freeze' is a draft: no Task", "'The Hiring Freeze' is a draft: no Result"} <= {
        str(item).split(": ", 1)[1] for item in report.attention}
    assert "line 5: a row (no question)" in skipped(report)  # no story named: reported


VP_BANK = """# VP of Engineering question bank

My own notes, not scripts.

**Q: How do you decide build vs buy?**
Buy what is not our edge; build where a vendor would own our roadmap.

**Q:** How do you hire your first directors?
For judgment over domain, and each presents a plan for their first 90 days.

**Q: How do you run a quarterly planning cycle?**
- Goals from the exec team in week one
- Team proposals in week two

*Follow-ups:* What did you cut last quarter? Who pushed back?

**Q: What do you do when a director is failing?**
_TBD: write up the Berlin story._

**Q:** How do you hire?
How do you choose between two strong finalists?
"""


def test_an_answer_typed_on_the_line_under_a_bold_question_is_its_answer_not_a_variant(taxonomy) -> None:
    notes = imported(VP_BANK, taxonomy, "vp.md").notes
    assert [note.body.question for note in notes] == [
        "How do you decide build vs buy?", "How do you hire your first directors?",
        "How do you run a quarterly planning cycle?", "What do you do when a director is failing?",
        "How do you hire?"]
    build, directors = notes[:2]
    assert build.body.answer == "Buy what is not our edge; build where a vendor would own our roadmap."
    assert directors.body.answer.startswith("For judgment over domain") and not directors.variants
    assert not build.draft and not build.variants


def test_a_placeholder_under_a_bold_question_makes_a_draft_and_a_question_under_it_a_variant(taxonomy) -> None:
    failing, hire = imported(VP_BANK, taxonomy, "vp.md").notes[3:]
    assert failing.draft and not failing.variants and not failing.body.answer
    assert hire.variants == ("How do you choose between two strong finalists?",) and hire.draft


def test_an_italic_label_with_a_colon_is_read_as_its_label(taxonomy) -> None:
    planning = imported(VP_BANK, taxonomy, "vp.md").notes[2]
    assert "Follow-up: What did you cut last quarter? Who pushed back?" in planning.coach.tips
    assert planning.body.answer == "- Goals from the exec team in week one\n- Team proposals in week two"


def test_a_plain_text_heading_boxed_between_two_rules_heads_its_questions(taxonomy) -> None:
    text = ("PRINCIPLES PREP\n\n==========\nOwnership\n==========\n\nQ. Tell me about a time you owned a gap.\n\n"
            "S - Builds doubled after a tooling change.\nT - I chose to own it.\nA - I fixed the cache key.\n"
            "R - Builds fell back to eight minutes.\n\n----------\nBias for Action\n----------\n\n"
            "Q. Tell me about a quick decision.\n\nS - A launch was at risk.\nT - I had to decide alone.\n"
            "A - I shipped behind a flag.\nR - We launched on time.\n")
    report = imported(text, taxonomy, "principles.txt")
    assert kinds(report) == {"star": 2}
    assert not [line for line in skipped(report) if "Ownership" in line or "Bias" in line or "line 4" in line]
    heads = [(b.line, b.text, b.level) for b in read_document_text(text, "principles.txt").blocks
             if b.kind.value == "heading"]
    assert heads == [(4, "Ownership", 1), (15, "Bias for Action", 2)]


MATRIX = """# Staff Engineer Behavioral Bank

| # | Question | Story | Status |
|---|----------|-------|--------|
| 1 | Tell me about a technical decision you regret. | Event bus rewrite | done |
| 2 | How do you influence without authority? | API guidelines | draft |
| 3 | Describe a time you changed a team's mind. | API guidelines | draft |
| 4 | Describe a time you mentored someone into a senior role. | — | todo |

## Event bus rewrite

**Situation:** We replaced a home-grown event bus with a managed one.

**Action:** I pushed the move through in one quarter against two senior engineers' advice.

**Result:** Three services lost the ordering they relied on; patching them took two months.

## API guidelines

- **Situation**: Every team designed its APIs differently.
- **Action**: I wrote a two-page guide and reviewed the first ten APIs myself.
- **Result**: New APIs followed it by default within a quarter.
"""


def test_questions_an_index_points_at_a_story_told_below_ask_that_story(taxonomy) -> None:
    report = imported(MATRIX, taxonomy, "bank.md")
    assert kinds(report) == {"star": 2, "qa": 1}
    stories = {note.body.title: note for note in report.notes if note.kind.value == "star"}
    bus, guide = stories["Event bus rewrite"], stories["API guidelines"]
    assert bus.body.question == "Tell me about a technical decision you regret."
    assert bus.body.result.startswith("Three services lost") and not bus.variants
    assert guide.body.question == "How do you influence without authority?"
    assert guide.variants == ("Describe a time you changed a team's mind.",)
    assert not any("API guidelines" in tip or "Event bus" in tip for note in report.notes for tip in note.coach.tips)
    assert not any("no question for" in line for line in (str(a) for a in report.attention))
    (untold,) = [note for note in report.notes if note.kind.value == "qa"]
    assert untold.body.question == "Describe a time you mentored someone into a senior role." and untold.draft


def test_a_story_named_under_a_listed_question_and_told_below_is_one_story(taxonomy) -> None:
    text = MATRIX.replace(MATRIX[MATRIX.index("| #"):MATRIX.index("## Event")],
                          "## Index\n\n1. Tell me about a technical decision you regret.\n"
                          "   - Story: Event bus rewrite\n2. How do you influence without authority?\n"
                          "   - Story: API guidelines\n\n")
    report = imported(text, taxonomy, "bank.md")
    assert kinds(report) == {"star": 2}
    assert [(note.body.title, note.body.question) for note in report.notes] == [
        ("Event bus rewrite", "Tell me about a technical decision you regret."),
        ("API guidelines", "How do you influence without authority?")]
    assert all(note.body.action for note in report.notes)


def test_a_heading_naming_the_bank_or_its_reader_is_no_competency_of_its_stories(taxonomy) -> None:
    report = imported(MATRIX, taxonomy, "bank.md")
    assert not any("Staff Engineer Behavioral Bank" in note.competencies for note in report.notes)


def test_questions_mapped_to_stories_with_arrows_ask_the_stories_told_below(taxonomy) -> None:
    text = MATRIX.replace(MATRIX[MATRIX.index("| #"):MATRIX.index("## Event")],
                          "## Question index\n\n- Tell me about a technical decision you regret. → **Event bus rewrite**\n"
                          "- How do you influence without authority? -> API guidelines\n"
                          "- Describe a time you mentored someone into a senior role. → (no story yet)\n\n")
    report = imported(text, taxonomy, "bank.md")
    assert kinds(report) == {"star": 2, "qa": 1}
    assert {(note.body.title, note.body.question) for note in report.notes if note.kind.value == "star"} == {
        ("Event bus rewrite", "Tell me about a technical decision you regret."),
        ("API guidelines", "How do you influence without authority?")}
    (untold,) = [note for note in report.notes if note.kind.value == "qa"]
    assert untold.body.question == "Describe a time you mentored someone into a senior role." and untold.draft


def test_a_question_and_its_answer_on_one_line_after_an_arrow(taxonomy) -> None:
    report = imported("# Quick answers\n\n- Why this company? → Its platform team ships weekly.\n"
                      "- Why now? => My team has grown into its new leads.\n", taxonomy, "quick.md")
    assert [(note.body.question, note.body.answer) for note in report.notes] == [
        ("Why this company?", "Its platform team ships weekly."), ("Why now?", "My team has grown into its new leads.")]


def test_ticked_and_crossed_lines_under_plain_text_coaching_labels_are_their_items(taxonomy) -> None:
    text = ("Question: How do you handle a strong performer who wears the team down?\n\n"
            "Interviewer is looking for:\n✓ You act on behaviour even when results are strong\n"
            "✓ You give direct feedback with examples\n\nRed flags:\n✗ Letting it go because the numbers are good\n"
            "✗ Moving the person to another team\n\nGood answer:\nI separate results from behaviour in the first "
            "talk and set a four-week check-in.\n")
    (note,) = imported(text, taxonomy, "coach.txt").notes
    assert note.coach.signals == ("You act on behaviour even when results are strong",
                                  "You give direct feedback with examples")
    assert note.coach.tips == ("Red flag: Letting it go because the numbers are good",
                               "Red flag: Moving the person to another team")
    assert note.body.answer == "I separate results from behaviour in the first talk and set a four-week check-in."
    assert slot("The interviewer is listening for") == slot("Interviewers are checking for") == "signals"


def test_story_labels_run_on_after_a_sample_answers_bold_label_are_its_parts(taxonomy) -> None:
    text = ("## Tell me about a time you had to deliver bad news to a stakeholder\n\n"
            "**Sample answer:** **Situation:** Our data move was going to slip by six weeks. **Task:** I had to tell "
            "the sales lead whose launch depended on it. **Action:** I met her that day with the new date and two "
            "options. **Result:** She chose the partial launch and hit her quarter.\n")
    (note,) = imported(text, taxonomy, "coach.md").notes
    assert note.body.situation == "Our data move was going to slip by six weeks."
    assert note.body.result == "She chose the partial launch and hit her quarter."
    assert not note.draft and not note.coach.cheat_code


def test_a_table_of_scenarios_gives_a_scenario_per_row(taxonomy) -> None:
    text = ("# Leadership scenarios\n\n| Scenario | Situation | Challenges | Questions |\n|---|---|---|---|\n"
            "| The Quiet Team | Your new team never speaks in retros. | Low trust; a recent layoff "
            "| How do you rebuild trust? What do you change first? |\n"
            "| Two Bosses | You report to two leaders who disagree. | Conflicting goals "
            "| How do you decide whose priority wins? |\n")
    report = imported(text, taxonomy, "scenarios.md")
    assert kinds(report) == {"scenario": 2}
    quiet, bosses = report.notes
    assert (quiet.body.title, quiet.body.situation) == ("The Quiet Team", "Your new team never speaks in retros.")
    assert quiet.body.challenges == ("Low trust", "a recent layoff")
    assert [point.heading for point in quiet.body.discussion] == ["How do you rebuild trust?",
                                                                  "What do you change first?"]
    assert bosses.body.question == "How do you decide whose priority wins?" and not bosses.body.discussion
    assert not [line for line in skipped(report) if "column" in line]


def test_a_sheet_of_scenarios_without_a_question_column_is_read(taxonomy) -> None:
    sheet = "Case,Situation,Challenges\nThe Split Team,Half the team moved to another time zone.,Handoffs\n"
    (note,) = imported(sheet, taxonomy, "cases.csv").notes
    assert note.kind.value == "scenario" and note.body.challenges == ("Handoffs",)


def test_a_question_label_after_a_scenes_situation_and_challenges_is_its_question(taxonomy) -> None:
    text = ("# Scenarios\n\n### Scenario: The Overloaded Lead\n\n**Situation:** Your best lead is burning out.\n\n"
            "**Challenges:** deadlines, no backup\n\n**Question:** What do you do this week?\n")
    (note,) = imported(text, taxonomy, "scenarios.md").notes
    assert note.kind.value == "scenario" and note.body.title == "The Overloaded Lead"
    assert note.body.question == "What do you do this week?"
    assert note.body.situation == "Your best lead is burning out."


def test_a_question_and_its_answer_after_an_a_label_on_one_line(taxonomy) -> None:
    text = ("# Quick fire\n\nQ: Why this company? A: Its platform team ships weekly.\n\n"
            "Q: Why now? Answer: My team has grown leads who can run it.\n\nQ: Salary expectations? A: The band.\n")
    for name in ("quick.md", "quick.txt"):
        report = imported(text, taxonomy, name)
        assert [(note.body.question, note.body.answer) for note in report.notes] == [
            ("Why this company?", "Its platform team ships weekly."),
            ("Why now?", "My team has grown leads who can run it."), ("Salary expectations?", "The band.")], name


def test_a_section_headed_as_a_storys_name_over_its_question_gives_the_story_its_title(taxonomy) -> None:
    text = ("# Stories\n\n## Story: The flaky test purge\n\n<details>\n<summary>Tell me about a time you improved "
            "developer experience.</summary>\n\n**S:** CI failed one run in five.\n**A:** I built a quarantine list.\n"
            "**R:** Flaky failures dropped.\n\n</details>\n\n## Story 2 - The cost cut\n\n### Tell me about a time you "
            "saved money.\n\n**S:** The bill grew.\n**A:** I cut idle clusters.\n**R:** Down by a third.\n\n"
            "## Ownership\n\n### Tell me about a time you owned a gap.\n\n**S:** Builds slowed.\n**A:** I fixed the "
            "cache.\n**R:** Builds were fast again.\n")
    report = imported(text, taxonomy, "stories.md")
    assert [(note.body.title, note.body.question) for note in report.notes] == [
        ("The flaky test purge", "Tell me about a time you improved developer experience."),
        ("The cost cut", "Tell me about a time you saved money."),
        ("", "Tell me about a time you owned a gap.")]  # a heading not labelled a story names no story


def test_quoted_prompts_after_a_use_for_label_are_the_questions_a_story_answers(taxonomy) -> None:
    text = ("# Story bank\n\n### Incident: The 3am failover\n\n- **Competencies:** Crisis management\n"
            "- **Use for:** \"Tell me about a high-pressure situation\", \"Describe a time you led through a crisis\"\n\n"
            "**S** — The primary database failed at peak.\n**T** — I was incident commander.\n"
            "**A** — I called the failover and posted updates every 15 minutes.\n**R** — Back in 22 minutes.\n")
    (note,) = imported(text, taxonomy, "bank.md").notes
    assert note.body.question == "Tell me about a high-pressure situation"
    assert note.variants == ("Describe a time you led through a crisis",)
    assert note.competencies == ("Crisis management",) and note.body.title == "Incident: The 3am failover"


def test_a_lone_story_under_a_numbered_principle_takes_the_principle_as_a_competency_not_its_name(taxonomy) -> None:
    text = ("# Leadership principles: my answers\n\n## 1. Customer Obsession\n\n**Q: Tell me about a time you went "
            "above and beyond for a customer.**\n\n- **S:** An export failed three nights running.\n- **T:** I owned "
            "the fix.\n- **A:** I found a timezone bug and shipped a patch.\n- **R:** The customer renewed.\n\n"
            "**Q: Describe a time you said no to a customer.**\n\n*TODO*\n\n## 2. Ownership\n\n**Q: Tell me about a "
            "time you took on something outside your area.**\n\n- **S:** Builds doubled after a tooling change.\n"
            "- **T:** I chose to own it.\n- **A:** I fixed a cache key.\n- **R:** Builds fell back to eight minutes.\n")
    report = imported(text, taxonomy, "principles.md")
    assert [(note.competencies, note.body.title if note.kind.value == "star" else "") for note in report.notes] == [
        (("Customer Obsession",), ""), (("Customer Obsession",), ""), (("Ownership",), "")]


def test_a_question_whose_only_part_is_a_placeholder_is_a_story_to_write(taxonomy) -> None:
    text = ("STORIES\n\n1. Missed deadline\n\n   Question: Tell me about a time you missed a deadline.\n\n"
            "   Situation - (to fill)\n")
    (note,) = imported(text, taxonomy, "stories.txt").notes
    assert note.kind.value == "star" and note.draft
    assert note.body.question == "Tell me about a time you missed a deadline." and not note.body.situation


def test_a_numbered_title_line_over_the_first_storys_question_label_names_it(taxonomy) -> None:
    text = ("STORIES\n\n1. Conflict with a peer\n\n   Question: Tell me about a disagreement with a peer.\n\n"
            "   Situation - We kept undoing each other's changes.\n   Action - I drew the ownership map.\n"
            "   Result - No more reverts.\n\n2. Missed deadline\n\n   Question: Tell me about a time you missed a "
            "deadline.\n\n   Situation - A vendor slipped.\n   Action - I cut scope.\n   Result - We shipped a week "
            "late.\n")
    report = imported(text, taxonomy, "stories.txt")
    assert [(note.body.title, note.body.question) for note in report.notes] == [
        ("Conflict with a peer", "Tell me about a disagreement with a peer."),
        ("Missed deadline", "Tell me about a time you missed a deadline.")]
    bank = imported("MY QUESTIONS\n\nQ: Why this team?\nA: It ships weekly.\n", taxonomy, "bank.txt").notes[0]
    assert bank.body.question == "Why this team?" and bank.body.answer == "It ships weekly."
