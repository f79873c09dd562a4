"""Round 24 fixes (a): plain-text documents, as a page saved as text (``lynx -dump``), a word processor's text
export or a .txt note gives them. Indented paragraphs wrapped at a width (one paragraph, not an unmarked list),
a label's text going on under a hanging indent, a list indented under the paragraph it follows, a text browser's
``[n]`` link numbers and its ``References`` / ``Visible links`` list, a row of buttons indented like the text, a
closing line wishing the reader luck, "o" bullets, and a scene told to "you" closed by "What would you do?" (with
or without a title)."""

from __future__ import annotations

from leaderdeck.importers import import_text
from leaderdeck.model import Kind


def _import(text: str, taxonomy, name: str = "page.txt"):
    return import_text(text, taxonomy, display=name, source=name)


def _messages(report) -> str:
    return "\n".join(str(line) for line in (*report.skipped, *report.attention))


# indented paragraphs -------------------------------------------------------------------------------------------

DUMPED = """How do you handle an engineer who keeps missing reviews?

   Sample answer:
   Last spring one of my engineers kept missing code review deadlines and
   the rest of the team was blocked. I booked a private meeting, described
   the impact on two releases, and asked what was going on.
   It turned out he was overloaded by on-call. We rebalanced the rotation
   and his review times dropped to under a day.

What was your biggest hiring mistake?

   I hired a strong coder who would not pair with anyone, and the team's
   velocity fell for a quarter. After that I added a pairing session to
   every loop and the next 9 hires all stayed past their first year.
"""


def test_indented_wrapped_paragraphs_are_an_answer_not_a_list(taxonomy) -> None:
    report = _import(DUMPED, taxonomy)
    assert [n.kind for n in report.notes] == [Kind.QA, Kind.QA]
    first, second = (n.body.answer for n in report.notes)
    assert first == ("Last spring one of my engineers kept missing code review deadlines and the rest of the team "
                     "was blocked. I booked a private meeting, described the impact on two releases, and asked what "
                     "was going on. It turned out he was overloaded by on-call. We rebalanced the rotation and his "
                     "review times dropped to under a day.")
    assert "- " not in first and "- " not in second
    assert second.endswith("the next 9 hires all stayed past their first year.")  # a wrap before a digit joins
    assert not any(n.draft for n in report.notes)


NUMBERED_INDENTED = """1. Tell me about a time you led without authority.

   I noticed our alerts were mostly noise. I was not the lead, but I pulled
   a month of alert data, shared it with the team and proposed deleting half
   of them. The team agreed, and within two weeks our pages dropped by
   60 percent.
"""


def test_an_indented_paragraph_under_a_numbered_question_after_a_blank_line(taxonomy) -> None:
    (note,) = _import(NUMBERED_INDENTED, taxonomy).notes
    assert note.body.answer.startswith("I noticed our alerts were mostly noise.")
    assert note.body.answer.endswith("our pages dropped by 60 percent.")
    assert "\n" not in note.body.answer


UNMARKED_POINTS = """What did you ship last year?

   We moved the billing service onto the shared platform in one quarter.
   We hired and onboarded four engineers without an agency's help.
   We cut the on-call pages in half by deleting the noisy alerts.
"""


def test_indented_lines_each_ending_a_sentence_stay_a_list(taxonomy) -> None:
    (note,) = _import(UNMARKED_POINTS, taxonomy).notes
    assert note.body.answer.count("- ") == 3  # no line of it wraps: one point a line, as before


WRAPPED_BULLET = """Strengths

- Tell me about your strongest skill?
  I am good at turning a vague goal into a plan that a team can start on the same
  week, and at writing it down so that the people who join later understand it
  without a meeting.
"""


def test_a_bullets_wrapped_text_is_not_taken_for_a_paragraph_of_its_own(taxonomy) -> None:
    (note,) = _import(WRAPPED_BULLET, taxonomy).notes
    assert " ".join(note.body.answer.split()) == ("I am good at turning a vague goal into a plan that a team can start on the same week, "
                                "and at writing it down so that the people who join later understand it without a "
                                "meeting.")


HANGING = """Moving to containers
--------------------
Situation: deploys took three hours and failed about once a week for
  every team in the building.
Task: I had to lead the move within two quarters.
Action: built a small platform team and moved the services one by one.
Result: deploys take fifteen minutes now.
"""


def test_a_labels_text_goes_on_under_a_hanging_indent(taxonomy) -> None:
    (story,) = _import(HANGING, taxonomy).notes
    assert story.kind is Kind.STAR
    assert story.body.situation == ("deploys took three hours and failed about once a week for every team in the "
                                    "building.")


HANGING_SHORT = """Moving to containers
--------------------
Situation: slow deploys
  release train
  hotfix path
Task: lead the move.
Action: one service at a time.
Result: fifteen-minute deploys.
"""


def test_short_indented_lines_under_a_short_label_stay_a_list(taxonomy) -> None:
    (story,) = _import(HANGING_SHORT, taxonomy).notes
    assert "slow deploys" in story.body.situation and "- release train" in story.body.situation


LIST_UNDER_PARAGRAPH = """How do you settle a design argument?

   I ask each engineer to write one page with the trade-offs, we review both
   in the design meeting, and I make the call if we do not agree in an hour.

     * Keep a record of the decision.
     * Revisit it after a month.
"""


def test_a_list_indented_under_a_paragraph_stands_at_its_margin(taxonomy) -> None:
    (note,) = _import(LIST_UNDER_PARAGRAPH, taxonomy).notes
    assert note.body.answer.endswith("in an hour.\n\n- Keep a record of the decision.\n- Revisit it after a month.")


# a text browser's link numbers -----------------------------------------------------------------------------------

LYNX = """   [1]Skip to content
   [2]Home [3]Blog

How do you introduce yourself in an interview?

   Keep it short[4]: say what you do now, what you did before, and what
   you want next.

   [5]Share [6]Tweet

   [7]Next article: Why do you want to leave?

References

   1. https://example.com/#main
   2. https://example.com/
   3. https://example.com/blog
   4. https://example.com/notes
   5. https://example.com/share
   6. https://example.com/tweet
   7. https://example.com/leaving
"""


def test_link_numbers_and_the_list_of_links_are_dropped(taxonomy) -> None:
    report = _import(LYNX, taxonomy)
    (note,) = report.notes
    assert note.body.answer == ("Keep it short: say what you do now, what you did before, and what you want next.")
    assert "[" not in str(note)
    messages = _messages(report)
    assert "'Share Tweet'" in messages and "References" in messages
    assert "Next article" not in note.body.answer and not note.coach.tips


VISIBLE_LINKS = """Why this company?

   I use the product every day and I want to work on its reliability[1].

Visible links
1. https://example.org/reliability
"""


def test_a_visible_links_list_is_no_content(taxonomy) -> None:
    report = _import(VISIBLE_LINKS, taxonomy)
    (note,) = report.notes
    assert note.body.answer == "I use the product every day and I want to work on its reliability."
    assert "example.org" not in str(note) and "'Visible links' (not interview content)" in _messages(report)


BRACKETS_KEPT = """How do you review code?

   I read the test first, then the change. A bug like items[0] on an empty
   list is what I look for most.
"""


def test_brackets_stay_in_a_text_without_a_list_of_links(taxonomy) -> None:
    (note,) = _import(BRACKETS_KEPT, taxonomy).notes
    assert "items[0]" in note.body.answer


# a closing line of good wishes --------------------------------------------------------------------------------

WISHES = """Leadership questions

* Tell me about a time you led a project that failed.
* How do you motivate an underperforming engineer?
* What is your approach to hiring?

Good luck!!
"""


def test_a_closing_wish_is_no_answer_of_the_last_question(taxonomy) -> None:
    report = _import(WISHES, taxonomy)
    assert len(report.notes) == 3 and all(n.draft for n in report.notes)
    assert "'Good luck!!' (the page's note to its readers, not interview content)" in _messages(report)


THANKS_UNDER_ANSWER = """1. What is your biggest weakness?

I used to say yes to every request. Now I keep a list of my commitments.

Thanks for reading! If this helped, send it to a friend.
"""


def test_thanks_for_reading_after_an_answer_is_set_aside(taxonomy) -> None:
    (note,) = _import(THANKS_UNDER_ANSWER, taxonomy).notes
    assert note.body.answer == "I used to say yes to every request. Now I keep a list of my commitments."


LUCK_IN_ANSWER = """What do you do when a launch date is at risk?

I tell the stakeholders the same day and bring two options.

Good luck is not a plan, so I never wait and hope.
"""


def test_a_sentence_that_opens_with_good_luck_stays_in_the_answer(taxonomy) -> None:
    (note,) = _import(LUCK_IN_ANSWER, taxonomy).notes
    assert note.body.answer.endswith("Good luck is not a plan, so I never wait and hope.")


# "o" bullets ------------------------------------------------------------------------------------------------------

O_BULLETS = """Questions they asked me

   o Tell me about a time you failed.
     I missed a launch date because I underestimated a data migration.
   o How do you prioritise?
     By impact and cost, with the PM every sprint.
"""


def test_indented_o_bullets_of_a_text_browser_are_items(taxonomy) -> None:
    report = _import(O_BULLETS, taxonomy)
    assert [n.body.question for n in report.notes] == ["Tell me about a time you failed.", "How do you prioritise?"]
    assert report.notes[1].body.answer == "By impact and cost, with the PM every sprint."


WORD_LEVELS = """Behavioral prep

\u2022\tTell me about a time you led through ambiguity.
o\tThe data platform had no owner after a reorg.
o\tI wrote a one-page charter and got two directors to sign it.
\u00a7\tResult: the first milestone shipped in six weeks.
\u2022\tHow do you handle disagreement with your manager?
o\tDisagree in private, commit in public.
"""


def test_a_word_processors_bullet_levels_nest_under_the_question(taxonomy) -> None:
    report = _import(WORD_LEVELS, taxonomy)
    first, second = report.notes
    assert first.body.answer == ("- The data platform had no owner after a reorg.\n"
                                 "- I wrote a one-page charter and got two directors to sign it.\n"
                                 "    - Result: the first milestone shipped in six weeks.")
    assert second.body.answer == "- Disagree in private, commit in public."


O_WORD = """Why Lisbon?

o projeto que eu liderei era em Lisboa, e quero voltar.
"""


def test_a_lower_case_o_opening_a_sentence_is_no_bullet(taxonomy) -> None:
    (note,) = _import(O_WORD, taxonomy).notes
    assert note.body.answer == "o projeto que eu liderei era em Lisboa, e quero voltar."


# a scene told to "you", then what you would do ---------------------------------------------------------------------

BARE_SCENE = """You have just joined as the engineering manager of a team of six. Two weeks in you find
out that the main service has no tests, deploys take a day, and the product manager has
promised a large feature to a customer by the end of the quarter.

What would you do?
"""


def test_a_scene_with_no_title_then_what_would_you_do_is_a_scenario(taxonomy) -> None:
    report = _import(BARE_SCENE, taxonomy)
    (note,) = report.notes
    assert note.kind is Kind.SCENARIO and not note.draft
    assert note.body.question == "What would you do?"
    assert note.body.situation.startswith("You have just joined as the engineering manager")
    assert note.body.situation.rstrip().endswith("by the end of the quarter.")
    assert "introduction" not in _messages(report)


TITLED_SCENE = """Scenario: the late dependency

Your team is three weeks from launch and you learn that a service another team owns
will not be ready in time. Its manager is on leave.

How would you handle this?
- Who do you tell first?
- What do you cut?
"""


def test_a_named_scene_keeps_its_name_and_the_questions_under_its_prompt(taxonomy) -> None:
    (note,) = _import(TITLED_SCENE, taxonomy).notes
    assert note.kind is Kind.SCENARIO
    assert note.body.title == "the late dependency"
    assert note.body.question == "How would you handle this?"
    assert note.body.situation.startswith("Your team is three weeks from launch")
    assert [p.heading for p in note.body.discussion] == ["Who do you tell first?", "What do you cut?"]


LINE_TITLED_SCENE = """The untested service

You inherit a service with no tests, and your director wants a new feature on it
within the month.

What do you do first?
"""


def test_a_line_standing_alone_over_the_scene_is_its_title(taxonomy) -> None:
    (note,) = _import(LINE_TITLED_SCENE, taxonomy).notes
    assert note.kind is Kind.SCENARIO and note.body.title == "The untested service"
    assert "The untested service" not in note.body.situation


MARKDOWN_SCENE = """## The late dependency

Your team is three weeks from launch and you learn that a service another team owns will not be ready in time.

**What would you do?**
"""


def test_a_markdown_scene_under_its_heading_is_a_scenario(taxonomy) -> None:
    (note,) = _import(MARKDOWN_SCENE, taxonomy, "cases.md").notes
    assert note.kind is Kind.SCENARIO and note.body.title == "The late dependency"
    assert note.body.question == "What would you do?"


ANSWERED_PROMPT = """Scenario questions

Interviewers ask these to see how you think on your feet when you lead a team of engineers.

What would you do first?

I would talk to both leads on their own and then together, and write the decision down.
"""


def test_a_short_question_with_its_answer_under_it_stays_a_question(taxonomy) -> None:
    (note,) = _import(ANSWERED_PROMPT, taxonomy).notes
    assert note.kind is Kind.QA and note.body.answer.startswith("I would talk to both leads")
    assert note.body.question == "What would you do first?"  # the page's introduction is no scene of it


ANSWERED_SCENE = """Your biggest client threatens to leave unless you ship a feature your team thinks is wrong.

What would you do?

I would meet the client to learn the need behind the request, then bring two options to my team.
"""


def test_a_short_scene_over_an_answered_prompt_opens_the_question(taxonomy) -> None:
    report = _import(ANSWERED_SCENE, taxonomy)
    (note,) = report.notes
    assert note.kind is Kind.QA
    assert note.body.question == ("Your biggest client threatens to leave unless you ship a feature your team thinks "
                                  "is wrong. What would you do?")
    assert note.body.answer.startswith("I would meet the client")
    assert "introduction" not in _messages(report)


TOLD_AS_I = """Last year my team missed a launch because a service another team owned was not ready,
and I had to tell our customers the date would move by a month.

What would you do differently?
"""


def test_a_story_told_as_i_before_a_short_question_is_no_scene(taxonomy) -> None:
    report = _import(TOLD_AS_I, taxonomy)
    assert all(n.kind is not Kind.SCENARIO for n in report.notes)


SPECIFIC_QUESTION = """Here are questions you may be asked when you interview for a lead role at a big company.

How would you handle a conflict between two senior engineers on your team?
"""


def test_a_question_that_names_its_subject_is_no_scenes_prompt(taxonomy) -> None:
    (note,) = _import(SPECIFIC_QUESTION, taxonomy).notes
    assert note.kind is Kind.QA
    assert note.body.question == "How would you handle a conflict between two senior engineers on your team?"


# a blog post copied as text -----------------------------------------------------------------------------------------

BLOG_POST = """Top 4 Behavioral Questions for New Managers
Ana Ruiz
Follow
5 min read
·
Apr 2, 2025

Photo by Someone Else on Unsplash

I have sat on dozens of hiring panels. These are the questions that came up every time.

1. Tell me about a time you had to let someone go.
Example answer: I worked with HR, wrote down every step, and had an honest talk with him.

2. How do you handle a report who disagrees with you in a meeting?
Example answer: I thank them in the meeting and talk it through one on one afterwards.

Written by Ana Ruiz
Engineering manager. Writes about teams.
More from Ana Ruiz
"""


def test_a_blog_posts_byline_picture_credit_and_writers_box_are_set_aside(taxonomy) -> None:
    report = _import(BLOG_POST, taxonomy)
    assert [n.body.question for n in report.notes] == [
        "Tell me about a time you had to let someone go.",
        "How do you handle a report who disagrees with you in a meeting?"]
    assert report.notes[1].body.answer == "I thank them in the meeting and talk it through one on one afterwards."
    messages = _messages(report)
    assert "'Ana Ruiz' (the page's byline" in messages
    assert "'Photo by Someone Else on Unsplash'" in messages and "'Apr 2, 2025'" in messages
    assert "the writer's box at the page's end" in messages


def test_a_title_naming_the_questions_it_lists_names_no_story(taxonomy) -> None:
    text = ("12 Questions I Ask Every Manager Candidate\n\n"
            "I have interviewed dozens of managers. These are the questions I asked most.\n\n"
            "1. How do you let someone go?\nI work with HR and keep it honest.\n")
    report = _import(text, taxonomy)
    assert [n.body.question for n in report.notes] == ["How do you let someone go?"]
    assert "introduction" in _messages(report)


def test_a_storys_name_over_a_story_told_stays_a_story(taxonomy) -> None:
    text = ("Fielding hard questions at the all-hands\n\n"
            "Last year I ran the all-hands after a round of layoffs. I answered every question in the open and we "
            "published the notes the same day.\nAttrition stayed flat that quarter.\n")
    report = _import(text, taxonomy)
    assert [n.body.question for n in report.notes] == ["Fielding hard questions at the all-hands"]


def test_a_date_line_below_the_top_of_the_page_is_kept(taxonomy) -> None:
    text = ("How do you run incident reviews?\n\nI keep them blameless and short.\nEach has one owner.\n"
            "We publish the notes.\nWe track the actions.\nWe close them in a month.\nWe review the trends.\n"
            "We share them with sales.\nMar 3, 2025\n")
    (note,) = _import(text, taxonomy).notes
    assert note.body.answer.endswith("Mar 3, 2025")


SCENES_IN_A_ROW = """Manager scenarios

Scenario 1
Two of your senior engineers refuse to work together after a heated code review, and the
rest of the team has started taking sides.

What would you do?

Scenario 2
Your director asks you to cut one person from your team of eight within two weeks,
and you believe everyone is doing well.

How would you handle this?
"""


def test_scenes_named_on_the_line_over_them_follow_one_another(taxonomy) -> None:
    report = _import(SCENES_IN_A_ROW, taxonomy)
    assert [n.kind for n in report.notes] == [Kind.SCENARIO, Kind.SCENARIO]
    first, second = (n.body for n in report.notes)
    assert (first.title, first.question) == ("Scenario 1", "What would you do?")
    assert (second.title, second.question) == ("Scenario 2", "How would you handle this?")
    assert second.situation.startswith("Your director asks you") and "Scenario 2" not in first.situation


PAGE_VOTE = """Q1. How do you onboard a new engineer?
Answer: A written plan for the first month, a buddy, and a real task in week one.

Was this page helpful?  Yes  No
"""


def test_a_pages_vote_is_no_content(taxonomy) -> None:
    report = _import(PAGE_VOTE, taxonomy)
    (note,) = report.notes
    assert note.body.answer == "A written plan for the first month, a buddy, and a real task in week one."
    assert "'Was this page helpful? Yes No'" in _messages(report)


DEEPER_UNDER_LABEL = """Q: How do you make decisions with incomplete information?

   My answer:
      I set a deadline for the decision, list what I know and what I
      would need to be sure, and pick the option cheapest to reverse.
"""


def test_a_paragraph_indented_deeper_than_its_label_is_one_paragraph(taxonomy) -> None:
    (note,) = _import(DEEPER_UNDER_LABEL, taxonomy).notes
    assert note.body.answer == ("I set a deadline for the decision, list what I know and what I would need to be "
                                "sure, and pick the option cheapest to reverse.")


CODE_INDENTED = """How would you retry a failed call?

    response = client.get(url, timeout=5, headers=default_headers)
    if response.status_code >= 500: raise RetryableError(response)
"""


def test_indented_code_is_not_joined_as_a_paragraph(taxonomy) -> None:
    (note,) = _import(CODE_INDENTED, taxonomy).notes
    assert "default_headers)\n" in note.body.answer


INDENTED_NUMBERED = """   Questions we ask in our manager loop, with what a good answer covers.

    1. How do you measure the success of your team?
       Look for outcome metrics rather than activity. A good answer names a
       goal, a number, and how the team saw it.
    2. Tell me about a time you had to deliver difficult feedback.
       A strong answer is specific, shows preparation, and ends with what
       changed afterwards.
"""


def test_a_wrapped_answer_at_an_indented_questions_text_column_is_one_paragraph(taxonomy) -> None:
    report = _import(INDENTED_NUMBERED, taxonomy)
    assert [n.body.answer for n in report.notes] == [
        "Look for outcome metrics rather than activity. A good answer names a goal, a number, and how the team saw "
        "it.", "A strong answer is specific, shows preparation, and ends with what changed afterwards."]


POINT_THEN_MORE = """What did you achieve last year?

- Led the move of forty services to the new platform in one quarter.
  Trained every team on the new tooling and wrote the guides
  that everyone still uses today.
"""


def test_lines_under_a_bullet_that_asks_nothing_stay_with_the_list(taxonomy) -> None:
    (note,) = _import(POINT_THEN_MORE, taxonomy).notes
    assert note.body.answer.startswith("- Led the move") and "\n\nTrained" not in note.body.answer


SIGNED_OFF = """Hi Alex,

Here are the questions the panel will likely ask on Thursday:

1. Tell me about a time you disagreed with a product manager.
2. How do you decide what your team works on next?
3. Describe a project that failed and what you learned.

Happy interviewing 🚀

Cheers,
Priya
"""


def test_a_notes_sign_off_and_wishes_are_no_answer(taxonomy) -> None:
    report = _import(SIGNED_OFF, taxonomy)
    assert len(report.notes) == 3 and all(n.draft for n in report.notes)
    messages = _messages(report)
    assert "'Happy interviewing 🚀'" in messages and "'Cheers,'" in messages and "'Priya'" in messages


NAME_ENDS_ANSWER = """Who do you go to for advice?

My old manager. When I get stuck I call her first.
Thanks,
she always says, is the most underused word.
"""


def test_a_thanks_inside_an_answer_is_kept(taxonomy) -> None:
    (note,) = _import(NAME_ENDS_ANSWER, taxonomy).notes
    assert note.body.answer.endswith("is the most underused word.")


STARRED_INDENTED = """Questions they asked me

   * Tell me about a time you failed.
     I missed a launch date because I underestimated a data migration.
   * How do you prioritise?
     By impact and cost.
     Reviewed with the PM every sprint.
"""


def test_short_answers_at_an_indented_questions_text_column_are_kept(taxonomy) -> None:
    report = _import(STARRED_INDENTED, taxonomy)
    assert [n.body.answer for n in report.notes] == [
        "I missed a launch date because I underestimated a data migration.",
        "By impact and cost. Reviewed with the PM every sprint."]
    assert "line 4" not in _messages(report) and "line 7" not in _messages(report)


ANSWERED_SCENES = """Your biggest client threatens to leave unless you ship a feature your team thinks is wrong.

What would you do?

I would meet the client to learn the need behind the request.

Two of your leads both want the same engineer for the next quarter.

How would you decide?

I would ask each lead what the work is worth and let their director break a tie.
"""


def test_each_short_scene_after_an_answer_opens_its_own_question(taxonomy) -> None:
    report = _import(ANSWERED_SCENES, taxonomy)
    assert [n.body.question for n in report.notes] == [
        "Your biggest client threatens to leave unless you ship a feature your team thinks is wrong. What would you do?",
        "Two of your leads both want the same engineer for the next quarter. How would you decide?"]
    assert report.notes[0].body.answer == "I would meet the client to learn the need behind the request."
