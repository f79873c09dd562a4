"""What a bank of STAR stories covers: competencies, topics and levels, and the question kinds
no story answers yet, each with questions from the starter corpus that would probe it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .grouping import slug
from .model import Kind, Level, Note, Topic
from .probes import PROBES, Probe
from .taxonomy import Taxonomy

EXAMPLES = 3  # starter questions shown for each gap


@dataclass(frozen=True, slots=True)
class Competency:
    name: str                    # as first written
    stories: tuple[int, ...]     # indexes into Coverage.stories


@dataclass(frozen=True, slots=True)
class KindCoverage:
    probe: Probe
    stories: tuple[int, ...]     # the stories that answer this kind of question
    questions: tuple[Note, ...]  # for a kind no story answers: starter notes that would probe it


@dataclass(frozen=True, slots=True)
class Coverage:
    stories: tuple[Note, ...]
    drafts_left_out: int
    competencies: tuple[Competency, ...]      # most shown first
    topics: tuple[Topic, ...]                 # the taxonomy's, in its order
    grid: tuple[tuple[int, ...], ...]         # stories per topic (row) and level (column, Level order)
    kinds: tuple[KindCoverage, ...]           # in the order of the probe table
    examples_from: int                        # notes the example questions were drawn from (0: none)

    @property
    def gaps(self) -> tuple[KindCoverage, ...]:
        return tuple(k for k in self.kinds if not k.stories)

    def level_counts(self) -> dict[Level, int]:
        return {level: sum(row[i] for row in self.grid) for i, level in enumerate(Level)}


def cover(notes: Iterable[Note], taxonomy: Taxonomy, starter: Iterable[Note] = (), *,
          drafts: bool = False) -> Coverage:
    """The coverage of the STAR stories among ``notes`` (drafts only when asked)."""
    notes = list(notes)
    stories = tuple(n for n in notes if n.kind is Kind.STAR and (drafts or not n.draft))
    left_out = sum(n.kind is Kind.STAR and n.draft and not drafts for n in notes)
    own = {n.id for n in notes}
    examples = [n for n in starter if n.id not in own and not n.draft]
    grid = tuple(tuple(sum(s.topic.name == t.name and s.level is level for s in stories) for level in Level)
                 for t in taxonomy.topics)
    kinds = tuple(_kind(probe, stories, examples) for probe in PROBES)
    return Coverage(stories, left_out, _competencies(stories), taxonomy.topics, grid, kinds, len(examples))


def _competencies(stories: tuple[Note, ...]) -> tuple[Competency, ...]:
    names: dict[str, str] = {}
    shown: dict[str, list[int]] = {}
    for index, story in enumerate(stories):
        for name in story.competencies:
            key = slug(name)
            names.setdefault(key, name)
            if index not in shown.setdefault(key, []):
                shown[key].append(index)
    order = sorted(shown, key=lambda k: (-len(shown[k]), names[k].casefold()))
    return tuple(Competency(names[k], tuple(shown[k])) for k in order)


def _kind(probe: Probe, stories: tuple[Note, ...], examples: list[Note]) -> KindCoverage:
    answering = tuple(i for i, s in enumerate(stories) if probe.answered_by(s))
    if answering:
        return KindCoverage(probe, answering, ())
    levels = {s.level.rank for s in stories}

    def preference(pair: tuple[int, Note]) -> tuple:
        position, note = pair
        distance = min((abs(note.level.rank - rank) for rank in levels), default=0)
        return (note.kind is not Kind.STAR, distance, position)

    probing = sorted(((i, n) for i, n in enumerate(examples) if probe.answered_by(n)), key=preference)
    return KindCoverage(probe, (), tuple(n for _, n in probing[:EXAMPLES]))


def report_lines(coverage: Coverage) -> list[str]:
    """The coverage as lines of text for a terminal."""
    stories, levels = coverage.stories, coverage.level_counts()
    left_out = f" ({_count(coverage.drafts_left_out, 'draft')} left out)" if coverage.drafts_left_out else ""
    lines = [f"{_count(len(stories), 'STAR story', 'STAR stories')}{left_out}"]
    missing = [level.value for level, n in levels.items() if not n]
    lines.append("Levels: " + (", ".join(f"{level.value} {n}" for level, n in levels.items() if n) or "none")
                 + (f"; none at {', '.join(missing)}" if missing and len(missing) < len(levels) else ""))
    empty = [t.name for t, row in zip(coverage.topics, coverage.grid) if not any(row)]
    lines.append(f"Topics: {len(coverage.topics) - len(empty)} of {len(coverage.topics)} have a story"
                 + (f"; none for {', '.join(empty)}" if empty else ""))
    lines.append(f"Competencies ({len(coverage.competencies)}): "
                 + (", ".join(f"{c.name} {len(c.stories)}" for c in coverage.competencies) or "none named"))
    answered = len(coverage.kinds) - len(coverage.gaps)
    lines.append(f"Question kinds: {answered} of {len(coverage.kinds)} have a story")
    for kind in coverage.gaps:
        lines.append(f"  no {kind.probe.story} (\"{kind.probe.asks}\")")
        lines.extend(f"    - {n.prompt} ({n.level.value}, {n.id})" for n in kind.questions)
    if coverage.gaps and not coverage.examples_from:
        lines.append("  (no starter corpus to draw example questions from)")
    return lines


def _count(number: int, one: str, many: str | None = None) -> str:
    return f"{number} {one if number == 1 else (many or one + 's')}"
