"""Round 24 fixes (c): a story bank whose stories are named by headings with no ``Story:`` label, each over the
question it answers as a sub-heading (or an Obsidian question callout) and its STAR parts: the heading is the story's
title. A heading naming the theme the question asks about, one or two words, or a level is no story's name. A bank
of stories as a numbered list, each a bold name over nested ``*Q:*``/``*S:*`` items: one story each, titled by the
name without its bold. A question quoted (``> *"Describe a time ..."*``) between a story's name and its parts is the
story's question; a quoted remark there is none. The writer's answer under a scenario (``**My notes:** ...``,
``### Sample answer``) goes with it as a tip under its label. A closing italic line saying how the page was made
(``_AI-generated, not reviewed._``) is the page's, not the last story's Result. A heading numbered as a question
that names rather than asks (``### Question 7: A New Stack``) over the question in bold and its story titles it.
A bold question with a coaching line right under it in the same paragraph (``Focus on: ...``) is that question with
its signal, also under a ``Common Questions`` heading."""

from __future__ import annotations

from leaderdeck.importers import import_text
from leaderdeck.model import Kind


def _import(text: str, taxonomy, name: str = "stories.md"):
    return import_text(text, taxonomy, display=name, source=name)


def _bank(heading: str, question: str) -> str:
    return (f"# Stories\n\n## {heading}\n\n### {question}\n\n"
            "**Situation:** Two teams shipped the same search box twice in one quarter.\n\n"
            "**Task:** Merge them before the spring release.\n\n"
            "**Action:** I paired the two leads on one design doc and cut the overlap list to five items.\n\n"
            "**Result:** One box shipped a week early; the second team took over the ranking work.\n\n"
            "## Saying no to the big customer\n\n### Describe a time you turned down a request.\n\n"
            "**Situation:** Our largest account asked for a private fork.\n\n"
            "**Action:** I offered a feature flag and a dated roadmap slot instead.\n\n"
            "**Result:** They signed the renewal with the flag.\n")


def test_an_unlabelled_heading_over_a_question_heading_and_its_story_is_the_story_s_title(taxonomy) -> None:
    report = _import(_bank("Merging the twin search projects", "Tell me about a time you reduced duplicated work."),
                     taxonomy)
    assert [n.kind for n in report.notes] == [Kind.STAR, Kind.STAR]
    first, second = report.notes
    assert first.body.title == "Merging the twin search projects"
    assert first.body.question == "Tell me about a time you reduced duplicated work."
    assert first.body.action.startswith("I paired the two leads")
    assert second.body.title == "Saying no to the big customer"
    assert second.body.question == "Describe a time you turned down a request."


def test_a_story_s_name_may_say_whom_it_was_about(taxonomy) -> None:
    report = _import(_bank("Coaching a new engineer through on-call", "Tell me about a time you grew someone."),
                     taxonomy)
    assert report.notes[0].body.title == "Coaching a new engineer through on-call"


def test_a_heading_sharing_a_word_with_its_question_names_the_theme_not_the_story(taxonomy) -> None:
    report = _import(_bank("Handling duplicated work well", "Tell me about a time you reduced duplicated work."),
                     taxonomy)
    assert report.notes[0].body.title == ""
    assert report.notes[0].body.question == "Tell me about a time you reduced duplicated work."


def test_a_short_heading_or_a_level_over_one_story_is_no_name(taxonomy) -> None:
    for heading in ("Ownership", "Customer Focus", "Senior and staff level", "Behavioral questions I practised"):
        report = _import(_bank(heading, "Tell me about a time you reduced duplicated work."), taxonomy)
        assert report.notes[0].body.title == "", heading


def test_a_heading_over_an_obsidian_question_callout_and_part_callouts_is_the_title(taxonomy) -> None:
    text = ("## Rolling back the pricing change\n\n"
            "> [!question] Tell me about a decision you reversed.\n\n"
            "> [!note] Situation\n> A new pricing page cut sign-ups by a fifth in two days.\n\n"
            "> [!note] Action\n> I called the rollback before the weekly review and wrote up why.\n\n"
            "> [!success] Result\n> Sign-ups recovered within the week; we retested with a smaller cohort.\n")
    report = _import(text, taxonomy)
    assert len(report.notes) == 1
    story = report.notes[0]
    assert story.kind is Kind.STAR
    assert story.body.title == "Rolling back the pricing change"
    assert story.body.question == "Tell me about a decision you reversed."
    assert story.body.situation.startswith("A new pricing page")


def test_a_heading_with_text_of_its_own_over_the_question_does_not_title_the_story(taxonomy) -> None:
    text = ("## Notes from the platform years\n\nThese are the stories I keep coming back to when asked about scale.\n\n"
            "### Tell me about a time you reduced duplicated work.\n\n"
            "**Situation:** Two teams built the same search box.\n\n**Action:** I merged the designs.\n\n"
            "**Result:** One box shipped early.\n")
    report = _import(text, taxonomy)
    assert report.notes[0].body.title != "Notes from the platform years"


NUMBERED = """## Stories I tell

1. **The lost export** (Ownership, Data)
   - *Q:* Tell me about a time you fixed something nobody owned.
   - *S:* A nightly export had failed quietly for nine days.
   - *T:* Nobody was on the hook for it, so I took it.
   - *A:* I traced it to an expired key, rotated it and added an alert on missing files.
   - *R:* The backlog was replayed in an afternoon and the alert has fired twice since.
2. **The cancelled offsite** (People)
   - *Q:* Describe a time you had to disappoint your team.
   - *S:* Budget cuts took our planned offsite.
   - *A:* I told them first, then ran a cheaper day in town that they planned.
   - *R:* Attendance was full and the plan stuck.
"""


def test_a_numbered_list_of_named_stories_with_nested_part_items_gives_one_story_each(taxonomy) -> None:
    report = _import(NUMBERED, taxonomy)
    assert [n.kind for n in report.notes] == [Kind.STAR, Kind.STAR]
    first, second = report.notes
    assert first.body.title == "The lost export (Ownership, Data)"
    assert first.body.question == "Tell me about a time you fixed something nobody owned."
    assert first.body.result == "The backlog was replayed in an afternoon and the alert has fired twice since."
    assert {"Ownership", "Data"} <= set(first.competencies)
    assert second.body.title == "The cancelled offsite (People)"
    assert second.body.question == "Describe a time you had to disappoint your team."
    assert second.draft  # no Task
    assert "text under" not in "\n".join(str(line) for line in report.skipped)


def test_a_numbered_list_of_questions_with_nested_parts_stays_a_list_of_questions(taxonomy) -> None:
    text = ("1. Tell me about a time you fixed something nobody owned.\n"
            "   - *S:* A nightly export had failed quietly for nine days.\n"
            "   - *A:* I traced it to an expired key and rotated it.\n"
            "   - *R:* The backlog was replayed in an afternoon.\n"
            "2. Describe a time you had to disappoint your team.\n"
            "   - *S:* Budget cuts took our planned offsite.\n"
            "   - *A:* I told them first and ran a cheaper day in town.\n"
            "   - *R:* Attendance was full.\n")
    report = _import(text, taxonomy)
    assert [n.body.question for n in report.notes] == ["Tell me about a time you fixed something nobody owned.",
                                                        "Describe a time you had to disappoint your team."]
    assert all(n.body.title == "" for n in report.notes)
    assert report.notes[0].body.action == "I traced it to an expired key and rotated it."


def _quoted(quote: str) -> str:
    return (f"## The cancelled offsite\n\n{quote}\n\n"
            "**S:** Budget cuts took our planned offsite.\n"
            "**A:** I told them first, then ran a cheaper day in town that they planned.\n"
            "**R:** Attendance was full and the plan stuck.\n")


def test_a_quoted_question_between_a_story_s_name_and_its_parts_is_its_question(taxonomy) -> None:
    for quote in ('> *"Describe a time you had to disappoint your team."*', "> Describe a time you had to "
                  "disappoint your team."):
        report = _import(_quoted(quote), taxonomy)
        story = report.notes[0]
        assert story.kind is Kind.STAR
        assert story.body.question == "Describe a time you had to disappoint your team.", quote
        assert story.body.title == "The cancelled offsite"
        assert "disappoint" not in " ".join(story.coach.tips)


def test_a_quoted_remark_over_a_story_s_parts_is_no_question(taxonomy) -> None:
    report = _import(_quoted('> "Bad news early beats bad news late." My first manager said it often.'), taxonomy)
    story = report.notes[0]
    assert story.body.question == "The cancelled offsite"
    assert story.body.situation.startswith('"Bad news early beats bad news late."')  # kept, as a lead-in


SCENE = """## Scenario: The quiet team

**Situation:** Your new team stopped speaking up in planning after a reorg.

**Challenges:**
- Two people applied for your role
- The roadmap was set before you arrived

### Sample answer

Meet each person in the first two weeks, ask what they would change, and act on one small thing fast.

- Start with listening
- Show one quick win
"""


def test_the_writer_s_answer_under_a_scenario_goes_with_it_as_a_tip(taxonomy) -> None:
    report = _import(SCENE, taxonomy)
    assert [n.kind for n in report.notes] == [Kind.SCENARIO]
    scene = report.notes[0]
    assert scene.body.challenges == ("Two people applied for your role", "The roadmap was set before you arrived")
    assert scene.coach.tips == ("**Sample answer:** Meet each person in the first two weeks, ask what they would "
                                "change, and act on one small thing fast.\n\n- Start with listening\n"
                                "- Show one quick win",)
    assert "Sample answer" not in "\n".join(str(line) for line in report.skipped)


GENERATED = """---
question: 'Q: Tell me about a time you cut cloud costs.'
generated_at: '2026-01-05T02:06:00'
---

**Situation:** Staging clusters ran all weekend with nobody on them.

**Task:** Halve the staging bill without slowing anyone down.

**Action:** I scaled staging to zero at night, with a one-click wake-up in chat.

**Result:** The bill fell by 58% in the first month.

{closing}
"""


def test_a_closing_line_on_how_the_page_was_made_is_reported_not_the_result(taxonomy) -> None:
    for closing in ("_Drafted with a writing assistant; not reviewed._", "*AI-generated. Check the numbers.*"):
        report = _import(GENERATED.format(closing=closing), taxonomy)
        story = report.notes[0]
        assert story.body.question == "Tell me about a time you cut cloud costs."
        assert story.body.result == "The bill fell by 58% in the first month.", closing
        assert any("the page's note to its readers" in str(line) for line in report.skipped)


def test_a_closing_italic_line_of_the_story_stays_its_result(taxonomy) -> None:
    report = _import(GENERATED.format(closing="_We never paid for idle staging again._"), taxonomy)
    assert report.notes[0].body.result.endswith("_We never paid for idle staging again._")


NUMBERED_HEADS = """## Behavioral

### Question 7: {name}
**"Tell me about a time you had to get productive in an unfamiliar language."**

> **Situation:** I moved to a team whose services were all in Go, five weeks before a launch.
>
> **Action:** I paired on two small tickets and asked for blunt review comments.
>
> **Result:** The rate limiter shipped a week early.
"""


def test_a_numbered_heading_that_names_over_a_bold_question_and_its_story_is_its_title(taxonomy) -> None:
    report = _import(NUMBERED_HEADS.format(name="Picking Up a New Stack"), taxonomy)
    assert len(report.notes) == 1
    story = report.notes[0]
    assert story.kind is Kind.STAR
    assert story.body.title == "Picking Up a New Stack"
    assert story.body.question == "Tell me about a time you had to get productive in an unfamiliar language."
    assert story.body.result == "The rate limiter shipped a week early."


def test_a_numbered_heading_that_asks_over_a_bold_question_is_not_made_a_title(taxonomy) -> None:
    report = _import(NUMBERED_HEADS.format(name="How do you learn a new language?"), taxonomy)
    assert all(getattr(n.body, "title", "") != "How do you learn a new language?" for n in report.notes)
    assert len(report.notes) == 2  # two questions, each its own


FOCUSED = """## Behavioral Questions

### Common Questions

**"Tell me about a project that went sideways."**
Focus on: what you noticed first, how you re-planned.

**"How do you handle a disagreement with a peer?"**
Focus on: listening first, evidence over opinion.
"""


def test_a_bold_question_over_a_coaching_line_in_one_paragraph_is_a_question_with_its_signal(taxonomy) -> None:
    for text in (FOCUSED, FOCUSED.replace("### Common Questions\n\n", "")):
        report = _import(text, taxonomy)
        assert [n.body.question for n in report.notes] == ["Tell me about a project that went sideways.",
                                                            "How do you handle a disagreement with a peer?"]
        first = report.notes[0]
        assert first.coach.signals == ("what you noticed first, how you re-planned.",)
        assert first.body.answer == "" and first.draft


def test_a_question_over_a_line_that_only_goes_on_stays_one_paragraph(taxonomy) -> None:
    report = _import("**How do you plan a quarter?**\nI start from last quarter's misses, then the bets.\n", taxonomy)
    assert report.notes[0].body.answer == "I start from last quarter's misses, then the bets."
