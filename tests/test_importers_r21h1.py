"""Round 21 (h1): a numbered question's answer list keeps every item past the first nested list, and the numbered
titles after it stay questions, also when the author counts again from 1; a list indented too far after a
paragraph is a list, not code; a question typed on an answer line over a story is its question; a bold line between
an answer and its story's parts stays in the answer; a heading naming only the STAR format between a story's
heading and its parts names nothing; "Go and Postgres" is no advice; a colon after a question mark goes.

Fixtures are in our own words: invented questions and stories about engineering teams.
"""

from __future__ import annotations

from importing import imported, messages, skipped


NESTED_ANSWER = """1. Tell me about a release that slipped?

- I owned the search index rebuild
- The rebuild ran two days over
    - the shard map was out of date
    - nobody had tested the restore path
- I warned the support lead on the first day
    - and split the rebuild into two nights
- The second night finished before the deadline

2. Biggest project

- The queue migration
- Three services, one weekend

3. Why this group?

- I ran the same kind of platform before
"""

RESTARTED = """1. When did you miss a goal?

- The cache rollout
    - we lost a week to a flaky test

2. Why this company?

- The product is one I use daily

3. A time you went past your role?



1. Most interesting system you built

- The rate limiter
    - one token bucket per tenant

2. Tools you use

- Python and Postgres

3. Team you liked best

- The billing team
    - they wrote everything down
"""

FAR_INDENTED = """1. Why this team?

I have run deploy tooling for four years and want to own the whole pipeline.



    - To get there
        - rewrote the release scripts
        - led the move to blue-green deploys
"""

CODE_KEPT = """1. How do you set a retry limit?

I keep it in the service's config:

    retries = 3
    backoff = {base: 2}
"""


def test_an_answer_list_goes_on_past_a_nested_list(taxonomy) -> None:
    report = imported(NESTED_ANSWER, taxonomy)
    assert [n.body.question for n in report.notes] == [
        "Tell me about a release that slipped?", "Biggest project", "Why this group?"]
    slipped, biggest, _ = report.notes
    assert slipped.body.answer.rstrip().split("\n") == [
        "- I owned the search index rebuild", "- The rebuild ran two days over",
        "    - the shard map was out of date", "    - nobody had tested the restore path",
        "- I warned the support lead on the first day", "    - and split the rebuild into two nights",
        "- The second night finished before the deadline"]
    assert biggest.body.answer.rstrip() == "- The queue migration\n- Three services, one weekend"
    assert not any("not part of a question" in line for line in skipped(report))


def test_a_two_space_nested_list_does_not_cut_the_answer_either(taxonomy) -> None:
    text = NESTED_ANSWER.replace("    - ", "  - ")
    report = imported(text, taxonomy)
    assert len(report.notes) == 3
    assert report.notes[0].body.answer.rstrip().endswith("- The second night finished before the deadline")


def test_numbered_titles_go_on_when_the_author_counts_again(taxonomy) -> None:
    report = imported(RESTARTED, taxonomy)
    assert [n.body.question for n in report.notes] == [
        "When did you miss a goal?", "Why this company?", "A time you went past your role?",
        "Most interesting system you built", "Tools you use", "Team you liked best"]
    assert report.notes[2].draft
    assert report.notes[3].body.answer.rstrip() == "- The rate limiter\n    - one token bucket per tenant"
    assert report.notes[4].body.answer.rstrip() == "- Python and Postgres"
    assert report.notes[5].body.answer.rstrip() == "- The billing team\n    - they wrote everything down"
    assert skipped(report) == []


def test_a_list_indented_too_far_after_a_paragraph_is_a_list(taxonomy) -> None:
    report = imported(FAR_INDENTED, taxonomy)
    assert len(report.notes) == 1
    answer = report.notes[0].body.answer
    assert "```" not in answer
    assert answer.rstrip().endswith("- To get there\n    - rewrote the release scripts\n"
                                    "    - led the move to blue-green deploys")


def test_indented_code_stays_code(taxonomy) -> None:
    report = imported(CODE_KEPT, taxonomy)
    assert "```\nretries = 3" in report.notes[0].body.answer


ANSWER_LINE_ASKS = """# Question 1

* **Q** : Why do we pair on incidents?

**S** : Our on-call engineer handled a database outage alone at night.

**T** : I had to make sure nobody faced an outage alone again.

**A** : I set up a second responder for every page.

**R** : The next outages were closed faster and with calmer notes.

# Question 2

* **A** : Why do we keep runbooks next to the code?

**S** : The runbook for the billing service lived in an old wiki and was wrong.

**T** : I had to make it right before the next release.

**A** : I moved it into the repository and made reviews cover it.

**R** : The runbook has been right at every release since.
"""

BOLD_BEFORE_PARTS = """# Question 3

* **Q** : What is the difference between a cache and a replica?

* **A** : A cache keeps hot reads close; a replica keeps a whole copy of the data.

**Main points**
* _Caches can go stale; replicas lag._
* _A replica can take over; a cache cannot._

**S** : Our profile reads overloaded the primary database every morning.

**T** : I had to cut the load without a new cluster.

**A** : I added a read-through cache for profiles and kept one replica for reports.

**R** : Morning load on the primary fell by two thirds.
"""


def test_a_question_typed_on_an_answer_line_asks_the_story_under_it(taxonomy) -> None:
    report = imported(ANSWER_LINE_ASKS, taxonomy)
    assert [n.body.question for n in report.notes] == [
        "Why do we pair on incidents?", "Why do we keep runbooks next to the code?"]
    runbooks = report.notes[1]
    assert runbooks.kind.value == "star"
    assert runbooks.body.action.startswith("I moved it into the repository")
    assert not any("STAR parts" in line for line in skipped(report))


def test_a_bold_line_between_an_answer_and_its_story_stays_in_the_answer(taxonomy) -> None:
    report = imported(BOLD_BEFORE_PARTS, taxonomy)
    assert len(report.notes) == 1
    note = report.notes[0]
    assert note.kind.value == "star"
    assert note.body.question == "What is the difference between a cache and a replica?"
    assert not note.competencies
    assert "**Main points**" in note.coach.cheat_code and "_Caches can go stale; replicas lag._" in note.coach.cheat_code
    assert note.body.situation.startswith("Our profile reads overloaded")


FORMAT_HEADING = """# 1. Billing export timeouts

### Situation:
The billing export timed out for our largest customers.

### Action:
I paged the results and moved the export to a queue.

### Result:
No timeouts since the change.

# 2. Search index drift

## STAR Format: Technical Challenge – Search index drift

### Situation:
Search results drifted from the catalogue after each bulk import.

### Task:
I had to keep search and catalogue in step.

### Action:
I added a reconciliation job that ran after every import.

### Result:
Drift reports stopped within two weeks.
"""


def test_a_format_heading_between_a_story_and_its_parts_names_nothing(taxonomy) -> None:
    report = imported(FORMAT_HEADING, taxonomy)
    assert [n.body.question for n in report.notes] == ["Billing export timeouts", "Search index drift"]
    drift = report.notes[1]
    assert drift.body.task == "I had to keep search and catalogue in step."
    assert not any("is not a topic" in line for line in messages(report))


def test_a_format_heading_over_blanks_stays_a_template(taxonomy) -> None:
    text = ("# Tell me about a time you changed a team's process?\n\n## STAR Method Answer Template\n\n"
            "### Situation\n_[Describe the context and what was at stake]_\n\n"
            "### Action\n_[What did you do yourself?]_\n\n"
            "## Example Response\n\n**Situation:** Our releases waited a week for a manual sign-off.\n\n"
            "**Action:** I replaced the sign-off with an automated checklist.\n\n"
            "**Result:** Releases went out the same day.\n")
    report = imported(text, taxonomy)
    assert len(report.notes) == 1
    assert any("section 'STAR Method Answer Template' (a template, not an answer)" in line
               for line in skipped(report))


TOOLS = """1. Why this group?

- I have run the same kind of platform before

2. Tools I use daily

- Go and Postgres at work

3. How do you prepare for a design review?

- Go and ask the owners what worries them
- Write the open questions down first
"""


def test_an_imperative_word_joined_to_a_name_is_no_advice(taxonomy) -> None:
    report = imported(TOOLS, taxonomy)
    assert [n.body.question for n in report.notes] == [
        "Why this group?", "Tools I use daily", "How do you prepare for a design review?"]
    tools, review = report.notes[1:]
    assert tools.body.answer.rstrip() == "- Go and Postgres at work" and not tools.draft
    assert review.draft and review.coach.tips[0] == "Go and ask the owners what worries them"


def test_a_colon_typed_after_the_question_mark_goes(taxonomy) -> None:
    text = "# Question 5\n\n* **Q** : What are the stages of a release? :\n\n* **A** : Build, test, stage and ship.\n"
    report = imported(text, taxonomy)
    assert [n.body.question for n in report.notes] == ["What are the stages of a release?"]
