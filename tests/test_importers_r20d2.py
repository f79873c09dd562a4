"""Round 20 (d2): questions nested under a list of advice are the reader's prompts, not a bank's questions; a rule
typed in em dashes ends what it follows; a situation stated then asked about ("... What do you do?") is a question;
a Chinese 回答 heading holds the answer, and the coaching sentence leading into a list takes the list; a label word
atop a plain-text file is its title."""

from __future__ import annotations

import pytest

from importing import imported, kinds, skipped

from leaderdeck.importers import DocumentError
from leaderdeck.importers.reader import read_document_text

# A guide to shaping a story: each advice item opens with a bold phrase its sentence runs on from, with questions
# for the reader nested under it. The page asks no interview question.
GUIDE = """---
title: "Shaping a launch story"
---

## Why stories sag

Most launch stories sag in the middle because the obstacle never shows.

## What to put in

Keep these in mind while you draft:

- **Introduce the team** with its size and what it owned.
  - Who relied on the service?
  - What made the codebase awkward?
- **Raise the stakes** before you fix anything.
  - What would the outage have cost?
- **Close honestly**, without a tidy bow.
  - What would you change next time?
  - Which bugs were still open at the end?

Never borrow a colleague's incident as your own.
"""

# A bank: bold group names (with a gloss after a colon, or alone) over the questions of each group.
BANK = """# Bank

- **Ownership**: acting for the whole platform, not only your service.
  - Tell me about a time you fixed something outside your team.
  - When did you take over a failing project?
- **Delivery**
  - How do you keep a release on schedule?
"""


def test_prompts_under_advice_items_make_no_notes(taxonomy):
    with pytest.raises(DocumentError) as caught:
        imported(GUIDE, taxonomy, name="guide.md")
    message = caught.value.problems[0].message
    assert message.startswith("nothing recognisable as a note")
    assert "'What to put in'" in message


def test_a_bank_grouped_under_bold_names_keeps_its_questions(taxonomy):
    report = imported(BANK, taxonomy, name="bank.md")
    assert kinds(report) == {"qa": 3}
    questions = [note.body.question for note in report.notes]
    assert "When did you take over a failing project?" in questions
    assert "How do you keep a release on schedule?" in questions


# Plain-text notes: bullet questions, a rule typed in em dashes, a block of frameworks, a dotted rule, then a
# situation stated and asked about on one line, its answer numbered under it.
EM_RULE = """Prep questions

* Tell me about a time you shipped late.
* Tell me about the launch you are proudest of.
————————————————————————
Ways to rank work...

ICE -: impact, confidence, ease

..................................
Two outages and one on-call engineer . What do you do ?
1. Take the one hurting paying customers first and say so in the incident channel.
2. Page the backup owner for the second.
"""


def test_an_em_dash_rule_ends_the_question_above_it(taxonomy):
    report = imported(EM_RULE, taxonomy, name="prep.txt")
    notes = {note.body.question: note for note in report.notes}
    proudest = notes["Tell me about the launch you are proudest of."]
    assert proudest.draft
    assert not proudest.body.answer
    assert any("line 6: text (not part of a question)" in line for line in skipped(report))


def test_a_situation_then_what_do_you_do_is_a_question(taxonomy):
    report = imported(EM_RULE, taxonomy, name="prep.txt")
    assert kinds(report) == {"qa": 3}
    notes = {note.body.question: note for note in report.notes}
    asked = notes["Two outages and one on-call engineer. What do you do?"]
    assert asked.body.answer.startswith("1. Take the one hurting paying customers first")
    assert "2. Page the backup owner for the second." in asked.body.answer


def test_a_story_ending_on_a_question_it_asks_itself_is_no_question(taxonomy):
    text = ("How do you handle a slipped date?\n"
            "I had two launches due the same week. What did I do?\n"
            "I moved the smaller one and told both teams that morning.\n")
    report = imported(text, taxonomy, name="prep.txt")
    assert kinds(report) == {"qa": 1}
    assert report.notes[0].body.answer.startswith("I had two launches due the same week.")


# A Chinese page: the bold question, a sentence of coaching that leads into its list of reasons, then a section
# headed 回答 ("Answer") with the STAR outline, and a sub-section of action ideas.
HUIDA = """# 面试笔记

**讲一次你带的项目预算被砍了一半，你是怎么做的？**

这个问题考的是取舍，原因有以下几点：

1. 面试官想知道你怎么排优先级；
2. 也想看你怎么跟上级沟通。

## 回答

- Situation：季度中预算被砍了一半
- Task：保住最重要的两个功能
- Action：我和产品一起重新排了需求
- Result：两个核心功能按时上线

### Action

1. 我先停掉了两个实验项目；
2. 我每周给上级发一次进度。
"""


def test_a_chinese_answer_heading_holds_the_answer_and_the_reasons_are_coaching(taxonomy):
    report = imported(HUIDA, taxonomy, name="notes.md")
    assert kinds(report) == {"qa": 1}
    note = report.notes[0]
    assert note.body.question == "讲一次你带的项目预算被砍了一半，你是怎么做的？"
    assert note.body.answer.startswith("- Situation：季度中预算被砍了一半")
    assert "1. 我先停掉了两个实验项目；" in note.body.answer
    assert "面试官想知道你怎么排优先级" not in note.body.answer
    assert list(note.coach.signals) == ["这个问题考的是取舍，原因有以下几点：\n1. 面试官想知道你怎么排优先级；\n"
                                        "2. 也想看你怎么跟上级沟通。"]
    assert not any("回答" in line for line in skipped(report))


# A plain-text file titled with one of our label words, a blank line under it.
TITLED_NOTES = """Notes

How do you pick between two projects with room for one?
I take the one nearer the yearly goal and tell both owners that day.

How do you run a retro?
I rotate who runs it.
"""


def test_a_label_word_atop_a_plain_text_file_is_its_title(taxonomy):
    report = imported(TITLED_NOTES, taxonomy, name="notes.txt")
    assert kinds(report) == {"qa": 2}
    notes = {note.body.question: note for note in report.notes}
    assert notes["How do you run a retro?"].body.answer == "I rotate who runs it."


@pytest.mark.parametrize(("first", "kind"), [("Notes", "heading"), ("Interview questions", "paragraph")])
def test_only_a_coaching_word_atop_a_plain_text_file_becomes_its_title(first, kind):
    document = read_document_text(f"{first}\n\nHow do you run a retro?\nI rotate who runs it.\n", "notes.txt")
    assert document.blocks[0].kind.value == kind
