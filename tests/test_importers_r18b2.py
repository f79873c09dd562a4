"""Round 18 (b2): the interviewer's notes under a question, a list that speaks of the candidate in the third person
and never as I, are the note's signals, not its answer (in English and in French), while a candidate's own answer
list stays the answer; questions nested under an item of a heading question's text are its follow-ups; a Japanese
sample-answer label (``回答例``) goes and the advice above it is a tip; an imperative advice line over a labelled
sample answer is a tip of the heading's question; a linked heading is named by its words in the report.

Fixtures are in our own words: invented questions and stories about engineering teams.
"""

from __future__ import annotations

from importing import imported, messages, skipped

from leaderdeck.importers.references import without_addresses

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


NESTED = """### How do you keep the on-call rota fair?
- Nobody enjoys the night pages, so the rota comes up in every retro.
  - How do you notice someone is carrying more than their share?
  - When do you change the rota?

### How do you run a retro?
- I ask the same three things every time:
  - What went well?
  - What hurt?
"""


def test_questions_nested_under_a_heading_questions_item_are_its_follow_ups(taxonomy) -> None:
    report = imported(NESTED, taxonomy)
    assert report.notes[0].body.question == "How do you keep the on-call rota fair?"
    assert not any("on-call" not in note.body.question and "rota" in note.body.question for note in report.notes)
    first = report.notes[0]
    assert first.coach.tips == ("Follow-up: How do you notice someone is carrying more than their share?",
                                "Follow-up: When do you change the rota?")
    assert "How do you notice" not in first.body.answer


def test_questions_under_an_item_told_as_i_are_no_follow_ups_of_the_heading(taxonomy) -> None:
    second = next(note for note in imported(NESTED, taxonomy).notes if note.body.question == "How do you run a retro?")
    assert not any(tip.startswith("Follow-up:") for tip in second.coach.tips)


JAPANESE = """### 1. チームで一番うまくいった改善は何ですか？
改善の前と後を数字で説明しましょう。

- **回答例**：
  「私はデプロイの手順を一本にまとめ、待ち時間を半分にしました。」

### 2. なぜ今のチームを離れたいのですか？
前向きな理由を伝えることが大切です。

- **回答例**：
  「より多くの利用者がいるサービスの運用に関わりたいからです。」

### 3. 苦手なことは何ですか？
苦手なことと、それをどう補っているかも説明します。

- **回答例**：
  「私は見積もりが苦手なので、必ず同僚に見直してもらっています。」
"""


def test_japanese_sample_answer_label_goes_and_advice_is_a_tip(taxonomy) -> None:
    notes = imported(JAPANESE, taxonomy).notes
    assert len(notes) == 3
    assert notes[0].body.answer.strip() == "「私はデプロイの手順を一本にまとめ、待ち時間を半分にしました。」"
    assert notes[0].coach.tips == ("改善の前と後を数字で説明しましょう。",)
    assert notes[1].coach.tips == ("前向きな理由を伝えることが大切です。",)
    assert notes[2].coach.tips == ("苦手なことと、それをどう補っているかも説明します。",)
    for note in notes:
        assert "回答例" not in note.body.answer


def test_a_japanese_answer_told_as_i_is_no_advice(taxonomy) -> None:
    note = imported("### 一番の失敗は何ですか？\n私は移行の手順を説明しませんでした。\n", taxonomy).notes[0]
    assert note.body.answer.strip() == "私は移行の手順を説明しませんでした。"
    assert note.coach.tips == ()


ADVICE_EN = """### 1. What is the best change you made to your team's process?
Describe the change with numbers from before and after.

- **Sample answer**:
  "I merged our three deploy scripts into one and cut the wait by half."

### 2. Describe the outage you learned the most from.

- **Sample answer**:
  "I once dropped a cache in production and we rebuilt it over a weekend."
"""


def test_imperative_advice_over_a_labelled_sample_is_a_tip_of_the_heading(taxonomy) -> None:
    notes = imported(ADVICE_EN, taxonomy).notes
    assert [note.body.question for note in notes] == [
        "What is the best change you made to your team's process?", "Describe the outage you learned the most from."]
    assert notes[0].coach.tips == ("Describe the change with numbers from before and after.",)
    assert notes[0].body.answer.strip() == "I merged our three deploy scripts into one and cut the wait by half."
    assert not notes[0].draft


LINKED = """### How do you plan a quarter?

I start from the incidents of the last one and keep a fifth of the time free.

## [Four habits of calm teams](https://example.org/blog/engineering/four-habits-of-calm-teams.html)
- They write down decisions.
- They rotate the pager.
"""


def test_a_linked_heading_is_named_by_its_words_in_the_report(taxonomy) -> None:
    lines = skipped(imported(LINKED, taxonomy))
    assert "line 6: text under 'Four habits of calm teams' (not part of a question)" in lines
    assert not any("https://" in line for line in lines)


def test_without_addresses_keeps_plain_text_and_images() -> None:
    assert without_addresses("Plain [words] here") == "Plain [words] here"
    assert without_addresses("![logo](https://example.org/a.png) Team") == "![logo](https://example.org/a.png) Team"
    assert without_addresses("[Notes](https://example.org/n) and [more](./more.md)") == "Notes and more"


LABELLED_PARENT = """### How do you pick a story for this question?
- Example: the billing rewrite beats a side project
  - The interviewer wants to know how do you work with others?
"""


def test_questions_under_a_labelled_item_are_no_follow_ups(taxonomy) -> None:
    note = imported(LABELLED_PARENT, taxonomy).notes[0]
    assert not any(tip.startswith("Follow-up:") for tip in note.coach.tips)
