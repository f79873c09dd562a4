"""What the report says of imported notes' topics: each topic guess the classifier is not sure of, and each note
no topic was found for.

A line per note, naming its question and why the guess is doubtful; where more than :data:`~.listing.LISTED`
notes share a doubtful topic (a sheet of a thousand questions, most of them guessed weakly), one line for them
all that still locates every one of them: each doubtful topic stays listed, in a report of a few lines. Notes that
follow one another with no other note between are named as a span of lines (``lines 12-480``), so a bank whose
every question is doubtful takes a few words, not thousands of numbers.
"""

from __future__ import annotations

from collections.abc import Sequence

from .base import Attention, Parsed
from .evidence import ANSWER_ALONE, CONTESTED, Decided
from .listing import LISTED, short


def topic_attention(topics: Sequence[tuple[Parsed, Decided]]) -> list[Attention]:
    """The report's lines about the notes' topics (``(note, its topic)`` in document order)."""
    alike: dict[tuple[str, str], list[tuple[Parsed, Decided]]] = {}
    places: dict[tuple[str, str], list[int]] = {}  # each group's notes by their place among all the notes
    for place, (item, topic) in enumerate(topics):
        if topic.how == "default" or topic.how == "guessed" and topic.weak:
            alike.setdefault((topic.how, topic.value.name), []).append((item, topic))
            places.setdefault((topic.how, topic.value.name), []).append(place)
    out: list[Attention] = []
    for (how, name), group in alike.items():
        if len(group) <= LISTED:
            out.extend(_one(item, topic) for item, topic in group)
            continue
        lines = _spans([item.line for item, _ in group], places[how, name])
        if how == "default":
            text = f"no topic found for {len(group)} notes (lines {lines}); set to '{name}' (pass --topic or edit them)"
        else:
            text = f"topic guessed weakly for {len(group)} notes: {name} (lines {lines}); pass --topic or edit them"
        out.append(Attention(group[0][0].line, text))
    return out


def _spans(lines: Sequence[int], places: Sequence[int]) -> str:
    """``"3, 9-40, 52"``: notes at ``lines``, a run of three or more notes next to one another (``places``, in
    document order, one apart) as the span from its first line to its last."""
    runs: list[list[int]] = []
    for at, (line, place) in enumerate(zip(lines, places)):
        if runs and place == places[at - 1] + 1:
            runs[-1].append(line)
        else:
            runs.append([line])
    named = [f"{run[0]}-{run[-1]}" if len(run) > 2 else ", ".join(map(str, run)) for run in runs]
    return ", ".join(named)


def _one(item: Parsed, topic: Decided) -> Attention:
    if topic.how == "default":
        return Attention(item.line, f"no topic found for '{short(item.prompt)}'; set to '{topic.value.name}' "
                                    "(pass --topic or edit it)")
    if topic.evidence == ANSWER_ALONE:  # the answer's confidence, which says nothing of the question's
        why = f"weak: the answer points at it ({topic.confidence:.0%}), the question does not"
    elif CONTESTED in topic.evidence:  # sure of the question's words: its confidence would say 100%
        why = f"weak: {topic.evidence}"
    else:
        why = f"weak, {topic.confidence:.0%}" + (f", {topic.evidence}" if topic.evidence else "")
    return Attention(item.line, f"topic guessed for '{short(item.prompt)}': {topic.value.name} ({why}); "
                                "pass --topic or edit it")

