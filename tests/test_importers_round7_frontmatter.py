"""Round 7 (fixtures in our own words): a question given only in front matter, a STAR label in parentheses, and
a story bank grouped under headings naming a principle or competency.

A page whose front matter's title asks ("Tell me about a time ...") and whose body asks nothing of its own is
read as that question's page: its coaching sections ("Positive signals", "Negative signals", "Principles to use
in your answer", "The core goal of the question") are its coaching, and the one story under "How to structure
your answer: the STAR method" is its answer. ``**(Learning):**`` is the Learning part.
"""

from __future__ import annotations

from leaderdeck.model import StarBody
from importing import imported


# 2. STAR labels in parentheses

def test_star_labels_in_parentheses(taxonomy) -> None:
    text = """## Tell me about a time you rebuilt a team's on-call

- **(Situation):** Pages woke someone every night.
- **(Task):** I owned the rota.
- **(Action):** I cut the noisy alerts and paired new people with veterans.
- **(Result):** Night pages fell by two thirds.
"""
    (note,) = imported(text, taxonomy).notes
    star = note.body
    assert isinstance(star, StarBody)
    assert (star.situation, star.task, star.action, star.result) == (
        "Pages woke someone every night.", "I owned the rota.",
        "I cut the noisy alerts and paired new people with veterans.", "Night pages fell by two thirds.")


def test_learning_in_parentheses_after_the_result(taxonomy) -> None:
    text = """## Tell me about a time you changed a team's review habits

- **Situation:** Reviews sat for days.
- **Action:** I set a same-day review rota.
- **Result:** Median review time fell to four hours.
- **(Learning):** "Small rules that everyone can see beat long guidelines."
"""
    (note,) = imported(text, taxonomy).notes
    assert isinstance(note.body, StarBody)
    assert note.body.result == "Median review time fell to four hours."
    assert note.body.learning == '"Small rules that everyone can see beat long guidelines."'


def test_a_timing_in_parentheses_is_still_no_label(taxonomy) -> None:
    text = """## Tell me about a time you led an incident

- **Situation:** The checkout went down at noon.
- **Action:** I ran the call and rolled back the release.
- **Result:** We were back in forty minutes.
- **(2 min):** keep this part short.
"""
    (note,) = imported(text, taxonomy).notes
    assert isinstance(note.body, StarBody)
    assert "keep this part short" in note.body.result
