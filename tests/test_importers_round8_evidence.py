"""Round 8 evidence (fixtures in our own words): level, topic and report lines taken from the document's structure.

1. A group heading naming a subject (``## Security``, ``## QA/Testing``) is topic evidence for the questions under
   it; headings that name no subject (``## Questions``, ``## Round 2``) change nothing.
2. A question asked again, one copy telling nothing beside a story, is reported as asked twice.
3. A peer of the candidate named by a title ("peer manager") and "as an engineering manager, how do you ..." name
   the band, weakly.
4. Tags every note of a file opens with are written once, under ``defaults:``.
"""

from __future__ import annotations

from importing import imported, messages
from leaderdeck.importers import import_files
from leaderdeck.importers.writer import dump_notes
from leaderdeck.loader import load_file
from leaderdeck.importers.classify import classifier_for
from leaderdeck.importers.sectiontopics import heading_topic


def _topics(report) -> dict[str, str]:
    return {note.prompt: note.topic.name for note in report.notes}


# 1. Group headings naming a subject are topic evidence for the questions under them

GROUPS_MD = """# Platform lead interview bank

A bank of questions we use for the platform lead loop.

## Security

### 1. What would you look at first after inheriting a payments service nobody has reviewed?

Listen for a plan that starts from the data the service holds.

### 2. When is it fine to ship with a known weakness still open?

Listen for a clear owner and a date.

## QA/Testing

### 3. Do you write the checks before the code? Does it matter to you?

Listen for pragmatism over dogma.

## Questions

### 4. How do you run the weekly planning meeting for your group?

Listen for a short agenda.

## Round 2

### 5. What would you change first about our on-call rota?

Listen for questions before answers.
"""


def test_a_group_heading_naming_a_subject_is_the_topic_of_the_questions_under_it(taxonomy):
    report = imported(GROUPS_MD, taxonomy)
    topics = _topics(report)
    assert topics["What would you look at first after inheriting a payments service nobody has reviewed?"] \
        == "Security & Compliance"
    assert topics["When is it fine to ship with a known weakness still open?"] == "Security & Compliance"
    assert topics["Do you write the checks before the code? Does it matter to you?"] == "Quality & Reliability"
    # the heading is evidence: no "topic guessed" line for the notes it covers
    assert not [m for m in messages(report) if "topic guessed" in m and ("payments" in m or "weakness" in m
                                                                        or "checks before" in m)]


def test_headings_that_name_no_subject_change_nothing(taxonomy):
    report = imported(GROUPS_MD, taxonomy)
    # still guesses from the question's own words, reported as such
    assert any("topic guessed for 'How do you run the weekly planning meeting" in m for m in messages(report))
    classifier = classifier_for(taxonomy)
    for heading in ("Questions", "Round 2", "Part B", "Further Reading"):
        assert heading_topic(heading, taxonomy, classifier) is None


def test_a_heading_naming_several_topics_a_level_or_the_interview_itself_is_no_subject(taxonomy):
    classifier = classifier_for(taxonomy)
    for heading in ("Vendor and Customer Relations", "Executive Security Scenarios", "Hiring Manager Round",
                    "Interview Strategy", "Soft Skills", "Leadership"):
        assert heading_topic(heading, taxonomy, classifier) is None, heading
    named = {heading: heading_topic(heading, taxonomy, classifier)
             for heading in ("Security", "QA/Testing", "Hiring", "Mistakes", "Conflict Stories")}
    assert {h: d.value.name for h, d in named.items() if d} == {
        "Security": "Security & Compliance", "QA/Testing": "Quality & Reliability", "Hiring": "Hiring",
        "Mistakes": "Failure & Growth", "Conflict Stories": "Conflict & Influence"}
    assert named["QA/Testing"].evidence == "the heading 'QA/Testing'"


LONE_TITLE_MD = """# Security

- Do you write the checks before the code? Does it matter to you?
- How do you run the weekly planning meeting for your group?
"""


def test_a_page_title_alone_is_no_group(taxonomy):
    topics = _topics(imported(LONE_TITLE_MD, taxonomy))
    assert topics["Do you write the checks before the code? Does it matter to you?"] != "Security & Compliance"
    assert _topics(imported(LONE_TITLE_MD.replace("# Security", "# Security\n\n## Security"), taxonomy))[
        "Do you write the checks before the code? Does it matter to you?"] == "Security & Compliance"


OWN_SUBJECT_MD = """# Bank

## Security

- How do you prioritize the backlog when every item is urgent?
- When is it fine to ship with a known weakness still open?

## Culture

- Tell me about a time you disagreed with a peer and how you settled it.
"""


def test_a_question_naming_its_own_topic_surely_keeps_it_under_another_group(taxonomy):
    topics = _topics(imported(OWN_SUBJECT_MD, taxonomy))
    assert topics["How do you prioritize the backlog when every item is urgent?"] == "Delivery & Prioritization"
    assert topics["When is it fine to ship with a known weakness still open?"] == "Security & Compliance"
    assert topics["Tell me about a time you disagreed with a peer and how you settled it."] == "Conflict & Influence"


def test_a_stated_category_wins_over_the_group_heading(taxonomy):
    text = GROUPS_MD.replace("Listen for a clear owner and a date.",
                             "**Category:** Delivery\n\nListen for a clear owner and a date.")
    topics = _topics(imported(text, taxonomy))
    assert topics["When is it fine to ship with a known weakness still open?"] == "Delivery & Prioritization"


# 2. A question asked again beside a story, its other copy telling nothing, is reported as asked twice

ASKED_AGAIN_MD = """# My behavioural prep

## 1. Tell me about a time you changed how your team worked
  - Situation -
  - Task -
  - Action -
  - Result -

## 2. Tell me about a time you changed how your team worked
  - Situation - Our deploys needed a release captain every Friday
  - Task - I wanted deploys anyone could run
  - Action - I scripted the checklist and paired with each engineer once
  - Result - Eight people shipped alone within a month

## 3. What would you do in your first week?
"""


def test_a_question_written_again_empty_beside_its_story_is_asked_twice(taxonomy):
    report = imported(ASKED_AGAIN_MD, taxonomy)
    assert [n.kind.value for n in report.notes] == ["qa", "star", "qa"]
    assert "line 3: 'Tell me about a time you changed how your team worked' is asked 2 times (lines 3, 9): each is " \
           "kept as a note of its own; delete the ones you do not want" in messages(report)


def test_a_question_listed_unanswered_then_answered_is_asked_twice(taxonomy):
    text = ("# Prep\n\n## 2. Stories to get ready\nKeep a story ready for prompts such as:\n"
            "* **\"How did you cut the cost of your build farm?\"**\n* **\"How do you onboard a new engineer?\"**\n\n"
            "## Example answers\n\n### 1. \"How did you cut the cost of your build farm?\"\n\n"
            "**Situation:** Builds cost more than our staging fleet.\n\n**Task:** Halve the bill.\n\n"
            "**Action:** I moved idle runners to spot capacity.\n\n**Result:** The bill fell by sixty percent.\n")
    report = imported(text, taxonomy)
    assert [n.kind.value for n in report.notes] == ["qa", "qa", "star"]
    assert "line 5: 'How did you cut the cost of your build farm?' is asked 2 times (lines 5, 10): each is kept " \
           "as a note of its own; delete the ones you do not want" in messages(report)
    assert not [m for m in messages(report) if "onboard a new engineer?' is asked" in m]


TWO_STORIES_MD = """# Stories

## Tell me about a time you changed how your team worked

### Story: The release captain

**Situation:** Deploys needed a captain every Friday.

**Action:** I scripted the checklist.

**Result:** Anyone could ship.

### Story: The silent standup

**Situation:** Standups ran for forty minutes.

**Action:** I moved updates to a written thread.

**Result:** Standups took ten minutes.
"""


def test_different_stories_told_for_one_question_are_still_meant_to_be_several(taxonomy):
    report = imported(TWO_STORIES_MD, taxonomy)
    assert [n.kind.value for n in report.notes] == ["star", "star"]
    assert not [m for m in messages(report) if "is asked" in m]


# 3. A peer of the candidate named by a title, and "as an engineering manager, how do you ...", name the band

PANEL_MD = """# Leading teams loop

The hiring manager and two peer managers run this loop together.

## Questions

- How do you decide what your group works on next quarter?
- As an engineering manager, how do you tell whether your team is healthy?
- How do you know if you are doing well as an engineering manager?
"""


def test_a_peer_manager_on_the_panel_names_the_manager_band_weakly(taxonomy):
    report = imported(PANEL_MD, taxonomy)
    assert [n.level.value for n in report.notes] == ["manager", "manager", "manager"]
    assert "line 7: level guessed: manager for 1 note, from 'peer managers' (weak); pass --level" in messages(report)
    assert "line 8: level guessed: manager for 1 note, from 'As an engineering manager' (weak); pass --level" \
        in messages(report)
    assert "line 9: level guessed: manager for 1 note, from 'as an engineering manager' (weak); pass --level" \
        in messages(report)
    assert not [m for m in messages(report) if "no level stated" in m]


def test_the_hiring_manager_your_manager_and_a_peer_review_name_no_level(taxonomy):
    text = PANEL_MD.replace("The hiring manager and two peer managers run this loop together.",
                            "You meet with the hiring manager; your manager gets a peer review of the notes.")
    text = text.replace("As an engineering manager, how", "How").replace(" as an engineering manager?", "?")
    report = imported(text, taxonomy)
    assert [n.level.value for n in report.notes] == ["senior", "senior", "senior"]
    assert "line 7: no level stated for 3 notes; set to senior (pass --level)" in messages(report)


def test_a_supposed_role_names_no_level(taxonomy):
    text = "# Bank\n\n- If you were an engineering manager, how would you run a retro?\n" \
           "- Say you became a director tomorrow: what would you drop first?\n"
    report = imported(text, taxonomy)
    assert [n.level.value for n in report.notes] == ["senior", "senior"]
    assert not [m for m in messages(report) if "level guessed" in m]


def test_a_stated_document_level_wins_over_the_peer_phrase(taxonomy):
    report = imported(PANEL_MD.replace("# Leading teams loop", "# Director loop"), taxonomy)
    assert {n.level.value for n in report.notes} == {"director"}


# 4. Tags every note of a file opens with are written once, under defaults:

TAGGED_CSV = """question,answer,tags
How do you keep a remote team in sync?,We write decisions down before we meet.,Behavioral
Tell me about a launch you slowed down on purpose.,I held the release a week to finish the load test.,Behavioral; Launches
How do you say no to a stakeholder?,I show what the yes would cost.,Behavioral
"""


def test_tags_every_note_opens_with_are_written_once_under_defaults(taxonomy, tmp_path):
    document = tmp_path / "bank.csv"
    document.write_text(TAGGED_CSV, encoding="utf-8")
    (report,) = import_files([document], taxonomy, source_dir=tmp_path / "source")
    text = report.texts[0]
    assert "\n  tags:\n    - Behavioral\nnotes:\n" in text
    assert text.count("- Behavioral") == 1
    assert "    tags:\n      - Launches\n" in text
    notes, problems = load_file(report.outputs[0], taxonomy)
    assert not problems
    assert [n.tags for n in notes] == [n.tags for n in report.notes] == [
        ("Behavioral",), ("Behavioral", "Launches"), ("Behavioral",)]


def test_tags_not_shared_by_every_note_stay_on_each_note(taxonomy):
    report = imported(TAGGED_CSV.replace("say no to a stakeholder?,I show what the yes would cost.,Behavioral",
                                         "say no to a stakeholder?,I show what the yes would cost.,Planning"),
                      taxonomy, name="bank.csv")
    text = dump_notes(report.notes, shared=True)
    assert "defaults:\n  level: senior\nnotes:" in text
    assert text.count("- Behavioral") == 2
    assert [n.tags for n in report.notes] == [("Behavioral",), ("Behavioral", "Launches"), ("Planning",)]
