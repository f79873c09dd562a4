"""Round 9 (fixtures in our own words): questions styled with inline HTML; prose answers in fences under a bold
question; bold questions heading an interviewer's commentary; STAR explainers and templates; plain-text stories;
a fenced bad answer."""

from __future__ import annotations

from importing import imported, kinds, messages, skipped


# E3. Inline HTML that only styles text

STYLED_MD = """---
title: My crib notes
---

<br/>

<span style="color:teal">How do you **grow your team**?</span>  
- I pair people on <span style="color:red">**hard work**</span> and review it with them.
- I give each one a <font color="green">stretch goal</font> every half.

<br/>

&nbsp;

<span style="color:teal">What do you look for in a <b>hire</b></span>  
I look for people who <mark>ask</mark> good questions before they write code.
"""


def test_a_question_wrapped_in_a_styling_span_is_read_with_its_answer(taxonomy) -> None:
    report = imported(STYLED_MD, taxonomy)
    assert kinds(report) == {"qa": 2}
    first, second = report.notes
    assert first.body.question == "How do you **grow your team**?"
    assert first.body.answer == ("- I pair people on **hard work** and review it with them.\n"
                                 "- I give each one a stretch goal every half.")
    assert second.body.question == "What do you look for in a **hire**"
    assert second.body.answer == "I look for people who ask good questions before they write code."
    assert not skipped(report)


CODE_SPAN_MD = """# How do you review front-end changes?

I check that nobody writes `<span style="x">` by hand and that we use the theme.
"""


def test_a_tag_inside_a_code_span_stays_code(taxonomy) -> None:
    report = imported(CODE_SPAN_MD, taxonomy)
    assert report.notes[0].body.answer == "I check that nobody writes `<span style=\"x\">` by hand and that we use the theme."

