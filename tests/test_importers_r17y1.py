"""Round 17 (y1): a blog page of folded ``<details>`` questions in Korean: a Korean request (``…말씀해 주세요.``)
is a question, a badge numbering the summary (``<code>#3</code>``) is dropped, a coaching box saying what the
question checks (``…확인하는 질문입니다.``) is the note's signals, never the top of its answer; and a question in
another language written in Latin letters (German) gets no topic guessed from chance English words, reported.

Fixtures are in our own words: invented questions and stories about engineering teams.
"""

from __future__ import annotations

from importing import imported, messages, skipped

from leaderdeck.importers.boxlabel import without_label_line
from leaderdeck.importers.cjkasks import requests_in_korean
from leaderdeck.importers.foreign import not_english
from leaderdeck.importers.summarybadge import without_badge


def _folded(summary: str, tip: str, answer: str) -> str:
    """One ``<details>`` section in the shape of a blog theme's folded question: a tip box, then the answer box."""
    return (f"<details>\n<summary>{summary}</summary>\n\n"
            f"<blockquote class=\"prompt-tip\"><p><strong><u>답변 Tip</u></strong><br>\n{tip}</p></blockquote>\n\n"
            f"<blockquote class=\"prompt-info\"><p><strong><u>Answer</u></strong><br>\n{answer}</p></blockquote>\n"
            f"</details>\n\n")


BADGE = '<code class="language-plaintext highlighter-rouge">#{n}</code> '

KOREAN = "# 면접 준비\n\n## 예상 질문\n\n" + _folded(
    BADGE.format(n=1) + "온콜 순번을 왜 직접 맡았나요?",
    "지원자가 팀의 부담을 먼저 나누는지 확인하는 질문입니다.",
    "저는 신입들이 밤에 혼자 장애를 보는 것이 걱정되어 첫 달은 제가 맡았습니다.") + _folded(
    BADGE.format(n=2) + "팀 운영 방식을 바꾼 회고에 대해 말씀해 주세요.",
    "면접관은 회고를 행동으로 옮기는 힘을 보려고 합니다.",
    "회고에서 나온 세 가지 중 배포 체크리스트 하나만 골라 두 주 동안 지켰습니다.") + _folded(
    BADGE.format(n=3) + "가장 아끼는 도구는 무엇인가요? 그 도구를 팀에 들인 과정을 설명해보세요.",
    "도구보다 설득 과정을 묻는 의도입니다.",
    "로그 검색 도구를 먼저 제 업무에 쓰고, 결과를 팀 회의에서 보여 주었습니다.") + _folded(
    BADGE.format(n=4) + "간단한 자기소개를 해주세요.",
    "첫인상과 핵심 역량을 짧게 전하면 좋습니다.",
    "저는 결제 팀에서 사 년간 백엔드를 맡았고, 지금은 세 명의 리드를 하고 있습니다.")


def test_korean_requests_in_summaries_are_questions(taxonomy) -> None:
    report = imported(KOREAN, taxonomy)
    assert [note.body.question for note in report.notes] == [
        "온콜 순번을 왜 직접 맡았나요?",
        "팀 운영 방식을 바꾼 회고에 대해 말씀해 주세요.",
        "가장 아끼는 도구는 무엇인가요? 그 도구를 팀에 들인 과정을 설명해보세요.",
        "간단한 자기소개를 해주세요.",
    ]
    assert not any("coaching for many questions" in line for line in skipped(report))


def test_each_answer_is_its_own_box_and_the_korean_tip_its_signals(taxonomy) -> None:
    notes = imported(KOREAN, taxonomy).notes
    assert notes[1].body.answer.strip() == "회고에서 나온 세 가지 중 배포 체크리스트 하나만 골라 두 주 동안 지켰습니다."
    for note in notes:
        assert "답변 Tip" not in note.body.answer
        assert len(note.coach.signals) == 1 and "답변 Tip" not in note.coach.signals[0]
    assert notes[0].coach.signals == ("지원자가 팀의 부담을 먼저 나누는지 확인하는 질문입니다.",)


def test_a_tip_box_label_line_is_dropped_from_its_signal() -> None:
    assert without_label_line("**Answer Tip**  \n This checks how you trade scope.") == "This checks how you trade scope."
    assert without_label_line("**I moved the deadline.**\nThen I told the team.") == \
        "**I moved the deadline.**\nThen I told the team."
    assert without_label_line("**Tip** This checks scope.") == "**Tip** This checks scope."


def test_the_numbering_badge_leaves_no_html_in_question_id_or_topic(taxonomy) -> None:
    report = imported(KOREAN, taxonomy)
    for note in report.notes:
        assert "<code" not in note.body.question and "#" not in note.body.question
        assert "code" not in note.id and "highlighter" not in note.id
    assert sum(line.startswith("line ") and "no topic found for '" in line for line in messages(report)) == 4
    assert {note.topic.name for note in report.notes} == {"Strategy & Trade-offs"}


def test_an_english_summary_loses_its_badge_too(taxonomy) -> None:
    text = "# Practice\n\n<details>\n<summary><code class=\"tag\">#7</code> Why did you split the on-call rota?" \
           "</summary>\n\nI split it so nobody held the pager two weeks running.\n</details>\n"
    note = imported(text, taxonomy).notes[0]
    assert note.body.question == "Why did you split the on-call rota?"
    assert note.id == "qa-split-call-rota"


def test_badge_is_only_a_number_or_tag_before_words() -> None:
    assert without_badge('<span class="n">Q3</span> Why now?') == "Why now?"
    assert without_badge("<code>rebase</code> or merge: which do you pick?") == \
        "<code>rebase</code> or merge: which do you pick?"
    assert without_badge("<code>#4</code>") == "<code>#4</code>"


def test_korean_request_forms() -> None:
    assert requests_in_korean("최근에 읽은 책에 대해 이야기해 주세요.")
    assert requests_in_korean("배포 실패 경험을 말해보세요")
    assert not requests_in_korean("저는 매주 회고를 열어 팀의 의견을 들었습니다.")
    assert not requests_in_korean("팀원과 자주 이야기해 주세요. 그러면 좋아집니다. 또 하나 더. 마지막으로 설명해 주세요.")


GERMAN = """# Vorbereitung

## Frage 1: "Erzählen Sie von einem Streit über die Architektur."

**Story: Der Umbau der Warteschlange**

*   **S (Situation):** "Zwei Teams wollten die Warteschlange unterschiedlich bauen."
*   **T (Task):** "Ich sollte eine Entscheidung herbeiführen."
*   **A (Action):** "Ich habe beide Entwürfe gegen dieselben Kriterien bewertet."
*   **R (Result):** "Wir haben einen Entwurf gewählt und pünktlich geliefert."

## Frage 2: "Wie gehen Sie mit einem Audit unter Zeitdruck um?"

**Story: Das Audit im Dezember**

*   **S (Situation):** "Ein Audit fiel in die Feiertage."
*   **T (Task):** "Ich musste die Nachweise allein sammeln."
*   **A (Action):** "Ich habe die Nachweise nach Frist sortiert und täglich berichtet."
*   **R (Result):** "Das Audit wurde ohne Befund abgeschlossen."
"""


def test_german_questions_get_no_topic_and_say_so(taxonomy) -> None:
    report = imported(GERMAN, taxonomy)
    assert len(report.notes) == 2
    lines = messages(report)
    assert sum("no topic found for 'Erzählen Sie" in line for line in lines) == 1
    assert sum("no topic found for 'Wie gehen Sie mit einem Audit" in line for line in lines) == 1
    assert report.notes[0].topic == report.notes[1].topic


def test_english_and_short_questions_are_still_read() -> None:
    assert not_english("Wie gehen Sie mit Druck um?")
    assert not not_english("Tell me about a conflict on your team.")
    assert not not_english("Conflict resolution")
    assert not not_english("Spotting flaky patterns in code?")  # English with none of its small words
    assert not not_english("Checkout Service Queue Rewrite (Ownership)")  # a title: no sentence to judge
    assert not not_english("Wie gehen Sie mit Druck um?", "Pressure and priorities")
    assert not not_english("온콜 순번을 왜 직접 맡았나요?")
