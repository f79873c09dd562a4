"""A practice guide in parts, each part one list of labelled items over nested lists: example questions, what the
interviewer intends, the candidate's tips. Later parts are headed by plain lines (``⠀Part 2: ...``, opened by an
invisible Braille blank that some editors type as a spacer) after a first part headed ``### Part 1: ...``.
Before, the spacer kept the later part lines from reading as anything, the intention items that end in "?" became
questions, the tips were cut at each tip's bold lead, the STAR example inside a tip became a junk story, and the
second part's heading quoting its theme ("Take me through your jobs") was taken for a question answered by the
example questions. Now every example question is a draft carrying its own part's intention items as signals and
its tips as tips; the STAR example stays inside its tip.
Fixtures are written here in our own words; each fix has a near miss it leaves alone.
"""

from __future__ import annotations

from leaderdeck.importers.invisible import visible
from leaderdeck.importers.blocks import HEADING
from leaderdeck.importers.parse import parse_text
from leaderdeck.importers.partlines import part_lines
from leaderdeck.importers.reader import read_document_text

from importing import imported, kinds

GUIDE = """# Practice guide

### Part 1: Warm-up (the opening minute)
* **Example Questions:**
  * "Tell me a little about your background."
  * "Why are you looking to move now?"
* **Interviewer's Intention:**
  * To check how clearly you speak about yourself.
  * Do you know what you want next?
* **Candidate's Goal & Tips:**
  * **Shape:** Open with your current role, then one win, then why this team.
  * **Length:** Stop before two minutes.

\u2800Part 2: History ("Take me through your jobs")
* **Example Questions:**
  * "Could you take me through each move you made?"
  * "I've read your CV, but I'd like the story behind it."
* **Interviewer's Intention:**
  * To hear why each move happened.
  * Are you fair about past employers?
* **Candidate's Goal & Tips:**
  * **Keep it brief:** Spend most time on the recent roles.

\u2800Part 3: Projects
* **Example Questions:**
  * **Design:** "What was the hardest design call you made on your last project?"
  * **People:** "How did your teammates see your role?"
  * **Pressure:** "Tell me about a week when the plan fell apart."
  * **Scope:** "Tell me about a time you took on more than you were asked."
* **Interviewer's Intention:**
  * To tell your own work apart from the team's.
  * Can you say what you learned?
* **Candidate's Goal & Tips:**
  * **Tell it in parts:** One way to lay it out.
    * **S**ituation: "Our launch date moved up a month..."
    * **R**esult: "We shipped on the new date."
  * **Be specific:** Name the numbers.
"""


def test_every_example_question_is_a_draft_and_no_intention_is_asked(taxonomy) -> None:
    report = imported(GUIDE, taxonomy, "guide.md")
    assert kinds(report) == {"qa": 8}
    assert all(note.draft for note in report.notes)
    prompts = [note.prompt for note in report.notes]
    assert prompts[:4] == ["Tell me a little about your background.", "Why are you looking to move now?",
                           "Could you take me through each move you made?",
                           "I've read your CV, but I'd like the story behind it."]
    assert "Do you know what you want next?" not in prompts and "Are you fair about past employers?" not in prompts


def test_each_question_carries_its_own_parts_coaching(taxonomy) -> None:
    notes = imported(GUIDE, taxonomy, "guide.md").notes
    first, third, last = notes[0], notes[2], notes[-1]
    assert first.coach.signals == ("To check how clearly you speak about yourself.", "Do you know what you want next?")
    assert [tip.split(":**")[0] for tip in first.coach.tips] == ["**Shape", "**Length"]
    assert third.coach.signals == ("To hear why each move happened.", "Are you fair about past employers?")
    assert last.coach.signals == ("To tell your own work apart from the team's.", "Can you say what you learned?")
    assert "**S**ituation" in last.coach.tips[0] and "**R**esult" in last.coach.tips[0]  # the example stays a tip


def test_a_spacer_at_a_lines_ends_is_nothing() -> None:
    assert visible("\u2800Part 2: History") == "Part 2: History"
    assert visible("\u2800\u2800") == ""
    assert visible("a\u2800b") == "a\u2800b"  # inside a line of text it stays


def test_a_part_line_out_of_turn_stays_text() -> None:
    text = "### Part 1: Start\n\nSome words.\n\nPart 3: Later\n\nMore words.\n\nStage 2: Middle\n\nEnd.\n"
    blocks = part_lines(list(read_document_text(text, "parts.md").blocks))
    assert [b.text for b in blocks if b.kind is HEADING] == ["Part 1: Start"]  # not the next part, nor a part


def test_a_part_line_written_with_a_dash_carries_on_a_run_headed_with_a_dash(taxonomy) -> None:
    """The dash form (``## Round 1 - ...`` then a line ``Round 2 - ...``) makes a run as the colon form does, with
    no line labelled ``Round 2:`` anywhere: each round's questions keep only their own round's intention."""
    text = ("## Round 1 - Warm-up\n\n* **Sample questions:**\n  * \"Why are you looking now?\"\n"
            "  * \"What do you want to learn next?\"\n* **What the interviewer looks for:**\n"
            "  * A clear reason that is not only money.\n\nRound 2 - The deep end\n\n* **Sample questions:**\n"
            "  * \"Which decision of yours aged worst?\"\n  * \"When did you change your mind in public?\"\n"
            "* **What the interviewer looks for:**\n  * Whether you own the mistake.\n")
    blocks = part_lines(list(read_document_text(text, "rounds.md").blocks))
    assert [(b.text, b.level) for b in blocks if b.kind is HEADING] == [("Round 1 - Warm-up", 2),
                                                                       ("Round 2 - The deep end", 2)]
    report = imported(text, taxonomy)
    assert kinds(report) == {"qa": 4} and all(note.draft for note in report.notes)
    assert [note.coach.signals for note in report.notes] == [("A clear reason that is not only money.",)] * 2 \
        + [("Whether you own the mistake.",)] * 2


def test_a_labelled_list_with_no_coaching_label_is_left_alone(taxonomy) -> None:
    text = ("## Tell me about a time you rescued a late project.\n\n* **Situation:**\n  * The release was two weeks late.\n"
            "* **Action:**\n  * I cut two features and paired on the rest.\n* **Result:**\n  * We shipped a week late.\n")
    before = parse_text(text, "story.md")[1]
    (note,) = imported(text, taxonomy, "story.md").notes
    assert note.kind.value == "star" and "I cut two features" in note.body.action
    assert len(before.notes) == 1
