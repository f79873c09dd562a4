"""The coverage as one self-contained page, readable on a phone, day and night.

No scripts, fonts or images, and the same Content-Security-Policy as the card
preview: nothing is requested. The topic x level heat map is inline SVG; the
competency x story matrix is a table split into groups of stories narrow
enough for a 360 px screen; colours follow the reader's light or dark setting.
"""

from __future__ import annotations

import html
from importlib import resources
from pathlib import Path
from string import Template

from .atomic import write_atomically
from .coverage import Coverage, KindCoverage
from .model import Level, Note
from .preview import NO_REQUESTS

PAGE_NAME = "coverage.html"
STORIES_PER_TABLE = 7
_LABEL, _CELL, _ROW, _TOP = 168, 40, 26, 28  # heat map geometry, in SVG units (a 12-unit font)
_SHORT_LEVEL = {Level.SENIOR: "Senior", Level.STAFF: "Staff", Level.MANAGER: "Mgr", Level.DIRECTOR: "Dir",
                Level.EXECUTIVE: "Exec"}


def write_coverage_page(coverage: Coverage, directory: Path, title: str = "Story coverage") -> Path:
    """Write ``directory/coverage.html`` atomically and return its path."""
    output = directory / PAGE_NAME
    write_atomically(output, coverage_page(coverage, title).encode("utf-8"))
    return output


def coverage_page(coverage: Coverage, title: str = "Story coverage") -> str:
    gaps = len(coverage.gaps)
    summary = (f"{_count(len(coverage.stories), 'STAR story', 'STAR stories')} · "
               f"{_count(len(coverage.competencies), 'competency', 'competencies')} · "
               f"{sum(any(row) for row in coverage.grid)} of {len(coverage.topics)} topics · "
               f"{_count(gaps, 'question kind')} without a story")
    return Template(_file("coverage.html")).substitute(
        policy=NO_REQUESTS, title=html.escape(title), summary=html.escape(summary), css=_file("coverage.css"),
        kinds=_kinds(coverage), heatmap=heat_map(coverage), matrix=_matrix(coverage), stories=_stories(coverage))


def _kinds(coverage: Coverage) -> str:
    gaps = "\n".join(_gap(kind) for kind in coverage.gaps)
    if coverage.gaps and not coverage.examples_from:
        gaps += '\n<p class="cv-note">No starter corpus was found to draw example questions from.</p>'
    answered = "".join(f'<li><span class="cv-tick" aria-hidden="true">✓</span> {html.escape(k.probe.story)} '
                       f'<span class="cv-n">{len(k.stories)}</span></li>' for k in coverage.kinds if k.stories)
    heading = (f"<h3>Answered ({len(coverage.kinds) - len(coverage.gaps)} of {len(coverage.kinds)})</h3>"
               f'<ul class="cv-answered">{answered}</ul>') if answered else ""
    return (f'<ul class="cv-gaps">\n{gaps}\n</ul>' if coverage.gaps else
            '<p class="cv-note">Every kind of question has at least one story.</p>') + heading


def _gap(kind: KindCoverage) -> str:
    questions = "".join(f"<li>{html.escape(n.prompt)} <span class=\"cv-meta\">{_where(n)}</span></li>"
                        for n in kind.questions)
    probing = (f'<details><summary class="cv-label">{_count(len(kind.questions), "question")} from the starter '
               f'corpus that would probe it</summary><ul>{questions}</ul></details>' if questions else "")
    return (f'<li class="cv-gap"><h3>No {html.escape(kind.probe.story)}</h3>'
            f'<p class="cv-asks">“{html.escape(kind.probe.asks)}”</p>{probing}</li>')


def _where(note: Note) -> str:
    return html.escape(f"{note.level.label} · {note.kind.value} · {note.id}")


def heat_map(coverage: Coverage) -> str:
    """Topics (rows) x levels (columns) as inline SVG; each cell says how many stories it holds."""
    width, height = _LABEL + _CELL * len(Level), _TOP + _ROW * len(coverage.topics)
    parts = [f'<svg class="cv-heat" viewBox="0 0 {width} {height}" width="100%" role="img" '
             f'aria-labelledby="cv-heat-title"><title id="cv-heat-title">STAR stories per topic and level</title>']
    for column, level in enumerate(Level):
        x = _LABEL + column * _CELL + _CELL / 2
        parts.append(f'<text class="cv-axis" x="{x:g}" y="18" text-anchor="middle">{_SHORT_LEVEL[level]}'
                     f"<title>{level.label}</title></text>")
    for row, (topic, counts) in enumerate(zip(coverage.topics, coverage.grid)):
        y = _TOP + row * _ROW
        parts.append(f'<text class="cv-axis" x="{_LABEL - 6}" y="{y + 17}" text-anchor="end">'
                     f"{html.escape(topic.name)}</text>")
        for column, count in enumerate(counts):
            parts.append(_cell(_LABEL + column * _CELL, y, count, f"{topic.name}, {list(Level)[column].label}"))
    return "".join(parts) + "</svg>"


def _cell(x: int, y: int, count: int, where: str) -> str:
    heat = min(count, 3)
    label = f"{html.escape(where)}: {_count(count, 'story', 'stories')}"
    text = f'<text class="cv-count cv-count-{heat}" x="{x + _CELL / 2 - 1:g}" y="{y + 17}" ' \
           f'text-anchor="middle">{count}</text>' if count else ""
    return (f'<g class="cv-cell"><title>{label}</title><rect class="cv-heat-{heat}" x="{x + 1}" y="{y + 1}" '
            f'width="{_CELL - 4}" height="{_ROW - 3}" rx="4"/>{text}</g>')


def _matrix(coverage: Coverage) -> str:
    if not coverage.competencies:
        return '<p class="cv-note">No story names a competency yet (<code>competencies:</code> in each note).</p>'
    tables = []
    for start in range(0, len(coverage.stories), STORIES_PER_TABLE):
        numbers = range(start, min(start + STORIES_PER_TABLE, len(coverage.stories)))
        head = "".join(f'<th scope="col"><a href="#story-{i + 1}">{i + 1}</a></th>' for i in numbers)
        rows = []
        for competency in (c for c in coverage.competencies if set(c.stories) & set(numbers)):
            cells = "".join('<td class="cv-yes">●<span class="cv-hidden"> shown</span></td>' if i in competency.stories
                            else "<td></td>" for i in numbers)
            rows.append(f'<tr><th scope="row">{html.escape(competency.name)} '
                        f'<span class="cv-n">{len(competency.stories)}</span></th>{cells}</tr>')
        caption = f"Stories {numbers[0] + 1}–{numbers[-1] + 1}" if len(numbers) > 1 else f"Story {numbers[0] + 1}"
        tables.append(f'<table class="cv-matrix"><caption>{caption}</caption><thead><tr>'
                      f'<th scope="col">Competency</th>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>')
    return "\n".join(tables)


def _stories(coverage: Coverage) -> str:
    kinds = {i: [k.probe.story for k in coverage.kinds if i in k.stories] for i in range(len(coverage.stories))}
    items = []
    for i, story in enumerate(coverage.stories):
        answers = f'<br><span class="cv-meta">Answers: {html.escape(", ".join(kinds[i]))}</span>' if kinds[i] else ""
        items.append(f'<li id="story-{i + 1}">{html.escape(story.prompt)} '
                     f'<span class="cv-meta">{html.escape(f"{story.level.label} · {story.topic.name} · {story.id}")}'
                     f"</span>{answers}</li>")
    return f'<ol class="cv-stories">{"".join(items)}</ol>' if items else '<p class="cv-note">No STAR stories yet.</p>'


def _file(name: str) -> str:
    return (resources.files("leaderdeck") / "templates" / name).read_text(encoding="utf-8")


def _count(number: int, one: str, many: str | None = None) -> str:
    return f"{number} {one if number == 1 else (many or one + 's')}"
