"""Round 22 (g2): text inside a STAR part under way, up to the next part label of the same story, is that part's
text: bold numbered step labels, bold step lines standing alone and a feedback script's own labels (even one
repeating a STAR part's name) stay in the Action, and the story stays one star note.

Fixtures are in our own words: invented stories about engineering teams.
"""

from __future__ import annotations

from importing import imported, kinds, skipped

BOLD_STEPS = """# Lead notes

### Q1: "Tell me about a time you moved a queue to a new cluster."

**Example Answer**:

**Situation**:
"Our job queue lived on a cluster that was out of support."

**Task**:
"I had to move it without dropping a job."

**Action**:
"I broke the move into steps:

**1. Counted the consumers**:
- Listed every service reading the queue
- Retired three that were idle

**2. Mirrored the traffic**:
- Ran both queues side by side for a week"

**Result**:
"The move finished in a month and no job was lost."

**Learning**:
"A mirror period buys trust."
"""

STEP_LINES = """### Q1: Tell me about a time you settled a dispute between two reviewers.

**Situation**: Two reviewers blocked each other's pull requests.

**Task**: I had to end it before the release.

**Action**: I worked through it in stages.

**Stage 1: Hear them out** (apart)
- Met each reviewer alone
- Learned one felt rushed

**Stage 2: Agree on rules**
- Wrote a review checklist with the team

**Stage 3: Check back**
- Looked at their reviews every Friday

**Result**: Reviews closed in a day again.

**Learning**: A shared checklist settles most review fights.
"""

SCRIPT = """### Q1: "Describe a time you told a peer their demo went badly."

**Situation**:
"A peer's demo to the sales team fell apart."

**Task**:
"I had to tell her without souring our work together."

**Action**:
"I asked for ten minutes and used a feedback script:

**Situation**: 'At Tuesday's demo...'

**Behavior**: '...the staging data was missing...'

**Impact**: '...and sales lost a day of follow-ups.'

Then I offered to pair on the next dry run."

**Result**:
"The next demo ran clean and she asked me to review the one after."
"""

NEXT_STORY = """### Stories

**Situation**: Our deploys took an hour.

**Task**: I had to make them faster.

**Action**: I cached the build layers in three moves:

**Situation**: Our on-call rota burned people out.

**Task**: I had to fix the rota.

**Action**: I moved us to follow-the-sun.

**Result**: Night pages dropped by half.
"""


def test_bold_numbered_step_labels_stay_in_the_action_of_a_star_note(taxonomy) -> None:
    report = imported(BOLD_STEPS, taxonomy)
    assert kinds(report) == {"star": 1}
    (note,) = report.notes
    assert note.body.question == "Tell me about a time you moved a queue to a new cluster."
    assert note.body.situation == "Our job queue lived on a cluster that was out of support."
    assert "**1. Counted the consumers**:" in note.body.action
    assert "- Ran both queues side by side for a week" in note.body.action
    assert "**Situation**" not in note.body.action
    assert note.body.result == "The move finished in a month and no job was lost."
    assert note.body.learning == "A mirror period buys trust."
    assert not note.draft


def test_bold_step_lines_alone_stay_in_the_action(taxonomy) -> None:
    report = imported(STEP_LINES, taxonomy)
    assert kinds(report) == {"star": 1}
    (note,) = report.notes
    assert note.body.question == "Tell me about a time you settled a dispute between two reviewers."
    for text in ("**Stage 1: Hear them out** (apart)", "- Met each reviewer alone", "**Stage 2: Agree on rules**",
                 "**Stage 3: Check back**", "- Looked at their reviews every Friday"):
        assert text in note.body.action
    assert note.body.result == "Reviews closed in a day again."
    assert note.body.learning == "A shared checklist settles most review fights."
    assert not [line for line in skipped(report) if "Stage" in line]
    assert not note.coach.signals and not note.draft


def test_a_script_repeating_a_star_label_inside_the_action_stays_in_it(taxonomy) -> None:
    report = imported(SCRIPT, taxonomy)
    assert kinds(report) == {"star": 1}
    (note,) = report.notes
    assert note.body.situation == "A peer's demo to the sales team fell apart."
    assert "**Situation**: 'At Tuesday's demo...'" in note.body.action
    assert "**Behavior**: '...the staging data was missing...'" in note.body.action
    assert "**Impact**: '...and sales lost a day of follow-ups.'" in note.body.action
    assert "Then I offered to pair on the next dry run." in note.body.action
    assert note.body.result == "The next demo ran clean and she asked me to review the one after."
    assert not note.draft


def test_a_second_run_of_star_labels_after_a_lead_in_is_no_part_of_the_action(taxonomy) -> None:
    report = imported(NEXT_STORY, taxonomy)
    action = " ".join(note.body.action for note in report.notes)
    situation = " ".join(note.body.situation for note in report.notes)
    assert "I cached the build layers in three moves:" in action
    assert "Our on-call rota burned people out." not in action and "I had to fix the rota." not in action
    assert "Our on-call rota burned people out." in situation



BOLD_PART_LINES = """## Story 1: Taming a noisy alert

**Situation**
Our paging alert fired twenty times a night.

**Task**
Cut the noise without missing a real outage.

**Action**

- Grouped alerts by service
- Raised the threshold on two flapping checks

**Result**
Pages fell to two a week.
"""


def test_a_part_named_by_a_bold_line_alone_ends_the_part_before_it(taxonomy) -> None:
    report = imported(BOLD_PART_LINES, taxonomy)
    (note,) = report.notes
    assert note.body.task == "Cut the noise without missing a real outage."
    assert note.body.action == "- Grouped alerts by service\n- Raised the threshold on two flapping checks"
    assert note.body.result == "Pages fell to two a week."
    assert not note.draft

DIALOGUE = """# **A teammate keeps skipping code review** :

**Interviewer:** "What would you do about an engineer who merges without review?"

**Candidate:** "I would ask them first what makes review feel slow.

Then I would set a review time limit with the team so nobody waits a day."

This answer shows curiosity and a fix to the process.

# Team health

**Question:**
"How do you keep a team's morale up during a long migration?"

**Candidate:**

Show that you have done this before, with numbers.

**Answer:**
"I cut the migration into monthly milestones and we marked each one with a demo."
"""

NAMED_INTERVIEWER = """# Loop notes

**Interviewer:** Dana from the platform group

**Candidate:** me

## Tell me about a time you cut cloud costs.

I moved our batch jobs to spot machines and saved a third of the bill.
"""


def test_a_dialogue_is_a_question_and_its_answer(taxonomy) -> None:
    report = imported(DIALOGUE, taxonomy)
    assert kinds(report) == {"qa": 2}
    review, morale = report.notes
    assert review.body.question == "What would you do about an engineer who merges without review?"
    assert review.body.answer == ("I would ask them first what makes review feel slow.\n\n"
                                  "Then I would set a review time limit with the team so nobody waits a day.")
    assert morale.body.question == "How do you keep a team's morale up during a long migration?"
    assert morale.body.answer == "I cut the migration into monthly milestones and we marked each one with a demo."
    assert not any("Candidate" in line for line in (*morale.coach.signals, *morale.coach.tips))


def test_speaker_labels_that_do_not_ask_stay_as_they_were(taxonomy) -> None:
    report = imported(NAMED_INTERVIEWER, taxonomy)
    assert [n.body.question for n in report.notes] == ["Tell me about a time you cut cloud costs."]
    assert report.notes[0].body.answer == "I moved our batch jobs to spot machines and saved a third of the bill."


GROUP_INTRO = """### Common questions

1 - Tell me about yourself.

I run a data platform team of five and enjoy untangling old pipelines.

2 - What are your goals as a team lead?

**Track record questions**: These questions help the panel judge a lead's track record:

1 - Tell me about the hardest bug you chased.

2 - How do you split a large project?
"""


def test_a_bold_paragraph_introducing_the_next_numbered_group_is_no_answer(taxonomy) -> None:
    report = imported(GROUP_INTRO, taxonomy)
    assert [n.body.question for n in report.notes] == [
        "Tell me about yourself.", "What are your goals as a team lead?", "Tell me about the hardest bug you chased.",
        "How do you split a large project?"]
    assert [n.draft for n in report.notes] == [False, True, True, True]
    assert "line 9: text under 'Common questions' (not part of a question)" in skipped(report)



LETTERED_OPTIONS = """**Choosing the next task**

It is Thursday evening and there is time for one more task:

A. Reply to a customer escalation that came in an hour ago.

B. Review a teammate's design document due tomorrow.

C. Fix a flaky test that blocks the release branch.

What do you do, and why?

Each option points at something:

A: customer focus
B: supporting peers
C: keeping delivery moving
"""


def test_lettered_options_keep_their_first_letter(taxonomy) -> None:
    report = imported(LETTERED_OPTIONS, taxonomy)
    (note,) = [n for n in report.notes if n.body.question == "What do you do, and why?"]
    assert note.kind.value == "scenario"  # the scene's options are its discussion, never an answer (round 22, i2)
    assert note.body.discussion[0].heading == "A. Reply to a customer escalation that came in an hour ago."
    assert note.coach.signals[1:] == ("A: customer focus", "B: supporting peers", "C: keeping delivery moving")
