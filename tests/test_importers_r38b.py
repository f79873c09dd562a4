"""Round 38 fixes (b): situational and manager question banks with model answers or coaching, by other hands.
(a) A bank that gives each theme a heading, a ``**Question:**`` line, what the interviewer looks for, how to
answer, the pitfalls and a labelled list of other phrasings may leave the question line out of one theme
(``## Letting Someone Go`` over its coaching and ``**Question variations:**`` over questions). That section is a
question: its first phrasing that asks is its question (reported as such), the rest its variants, its coaching its
own. Before, its coaching went to every question of the page and its phrasings to the next theme's question. A
lone such section, on a page with no labelled question line, is left as it was.
(b) A bank of more than a few questions that closes on ``### Tags`` over the page's tag chips (`` `Hiring` •
`Teams` ``) reports that section as the page's tags, not interview content. Before, it was reported as "coaching
for many questions, not one". A closing ``### Tips`` section is still reported as coaching for many questions.
Fixtures are written here in our own words; each fix has a near miss it leaves alone.
"""

from __future__ import annotations

from importing import imported, messages, skipped


# (a) a theme asked only by its list of phrasings, among labelled questions ----------------------------------------

THEMES = """# Questions for new managers

## Letting Someone Go

**What the interviewer is looking for:** whether you treat a dismissal as the end of a fair process.

**How to answer:** say plainly whether you have done it, then walk through one case.

**Question variations:**

- Have you ever had to dismiss someone? What led up to it?
- Is hiring or dismissing the harder call?

## Two Leads at Odds

**Question:** Two of your leads each say the other will not cooperate. What do you do first?

**What the interviewer is looking for:** that you step in without carrying messages back and forth.

**Question variations:**

- How do you settle a quarrel between two of your reports?
"""


def test_a_theme_without_its_question_line_is_asked_by_its_first_phrasing(taxonomy) -> None:
    report = imported(THEMES, taxonomy, "themes.md")
    notes = report.notes
    assert [note.prompt for note in notes] == [
        "Have you ever had to dismiss someone? What led up to it?",
        "Two of your leads each say the other will not cooperate. What do you do first?"]
    assert notes[0].variants == ("Is hiring or dismissing the harder call?",)
    assert notes[1].variants == ("How do you settle a quarrel between two of your reports?",)
    first, second = (" ".join(note.coach.signals) for note in notes)
    assert "fair process" in first and "fair process" not in second
    assert "messages" in second and "messages" not in first
    assert any("no question line under 'Letting Someone Go'" in line for line in messages(report))


LONE_THEME = """# Notes on dismissals

## Letting Someone Go

**What the interviewer is looking for:** whether you treat a dismissal as the end of a fair process.

**Question variations:**

- Have you ever had to dismiss someone? What led up to it?

## Hiring Well

**What the interviewer is looking for:** a bar you hold even when short of people.
"""


def test_without_a_labelled_question_beside_it_a_theme_is_left_as_it_was(taxonomy) -> None:
    from leaderdeck.importers.reader import read_document_text
    from leaderdeck.importers.outline import outline
    from leaderdeck.importers.variantsection import variant_sections
    root = outline(read_document_text(LONE_THEME, "lone.md").blocks)
    nodes = [root]
    for node in nodes:
        nodes.extend(node.children)
    assert len(nodes) == 4 and all(variant_sections(node) == {} for node in nodes)


# (b) a bank's closing tags section ---------------------------------------------------------------------------------

def _bank(closing: str) -> str:
    asked = ["How do you start with a team you inherit?", "What do you do when two reports clash?",
             "How do you tell someone their work fell short?", "How do you decide whom to promote?"]
    body = "\n".join(f"**{q}**\n\n- Listen first, then set a plan with dates.\n" for q in asked)
    return f"## Situational questions\n\n{body}\n{closing}"


def test_a_banks_closing_tags_are_reported_as_the_pages_tags(taxonomy) -> None:
    report = imported(_bank("### Tags\n\n`Hiring` • `Teams` • `Feedback`\n"), taxonomy, "tags.md")
    assert len(report.notes) == 4
    assert any("the page's tags, not interview content" in line for line in skipped(report))
    assert not any("coaching for many questions" in line for line in skipped(report))


def test_a_banks_closing_tips_are_still_coaching_for_many_questions(taxonomy) -> None:
    report = imported(_bank("### Tips\n\n- Keep each answer under two minutes.\n"), taxonomy, "tips.md")
    assert len(report.notes) == 4
    assert any("coaching for many questions" in line for line in skipped(report))
