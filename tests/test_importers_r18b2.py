"""Round 18 (b2): the interviewer's notes under a question, a list that speaks of the candidate in the third person
and never as I, are the note's signals, not its answer (in English and in French), while a candidate's own answer
list stays the answer; questions nested under an item of a heading question's text are its follow-ups; a Japanese
sample-answer label (``回答例``) goes and the advice above it is a tip; an imperative advice line over a labelled
sample answer is a tip of the heading's question; a linked heading is named by its words in the report.

Fixtures are in our own words: invented questions and stories about engineering teams.
"""

from __future__ import annotations

from importing import imported, messages

NOTES_EN = """---
title: Manager Interviews
---

### How did you plan the storage migration?
- shows whether the candidate names the people who did the work or only himself

### What was your hardest week as a lead?
- A candidate who claims every week went smoothly has not looked closely
"""

NOTES_FR = """---
title: Entretiens de managers
---

### Comment avez-vous planifié la migration ?
- un bon moyen de voir si le candidat cite son équipe ou seulement lui-même

### Quelle a été votre semaine la plus dure ?
- Un manager qui dit que tout allait bien n'a pas regardé de près

### Comment partagez-vous les astreintes ?
- Certains répondent qu'ils prennent tout eux-mêmes. Ils s'épuisent vite.
- D'autres font tourner la charge sur toute leur équipe.
"""

OWN_LIST = """### How did you plan the storage migration?
- I listed every service that wrote to the old cluster.
- Then I moved the quietest one first.
"""


def test_a_list_about_the_candidate_is_the_signals_of_a_draft(taxonomy) -> None:
    report = imported(NOTES_EN, taxonomy)
    assert len(report.notes) == 2
    first, second = report.notes
    assert first.body.answer == "" and first.draft
    assert first.coach.signals == ("shows whether the candidate names the people who did the work or only himself",)
    assert second.coach.signals == ("A candidate who claims every week went smoothly has not looked closely",)
    assert any("'How did you plan the storage migration?' is a draft: no answer, only what interviewers look for"
               in line for line in messages(report))


def test_french_notes_on_the_candidate_are_signals(taxonomy) -> None:
    report = imported(NOTES_FR, taxonomy)
    assert len(report.notes) == 3
    for note in report.notes:
        assert note.body.answer == "" and note.draft
    assert report.notes[1].coach.signals == ("Un manager qui dit que tout allait bien n'a pas regardé de près",)
    assert len(report.notes[2].coach.signals) == 2


def test_a_list_told_as_i_stays_the_answer(taxonomy) -> None:
    note = imported(OWN_LIST, taxonomy).notes[0]
    assert note.body.answer.startswith("- I listed every service")
    assert note.coach.signals == () and not note.draft
