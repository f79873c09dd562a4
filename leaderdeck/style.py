"""A workspace's own look for its cards: a stylesheet added after ours, and card templates
that replace ours by file name.

The look of a note type (its CSS and templates) can change freely: the build gives the
note type a newer time and Anki applies it on import, keeping every note's history. Its
fields and the names of its card templates cannot (the build's note-type guard stops that),
so a replacement template is a file named like one of ours (``star_back.html``,
``_coach.html``...) that uses the same fields.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import Problem, SourceErrors, display_path
from .textfile import read_text

MAX_STYLE_BYTES = 256 * 1024


@dataclass(frozen=True, slots=True)
class Style:
    css: str = ""                                 # added after leaderdeck's stylesheet
    templates: tuple[tuple[str, str], ...] = ()   # (file name, text) replacing ours

    def template(self, name: str) -> str | None:
        return next((text for file, text in self.templates if file == name), None)


def template_names() -> list[str]:
    """The files of leaderdeck's card templates that a workspace may replace."""
    from importlib import resources  # here: a build reads the templates, an import does not

    folder = resources.files("leaderdeck") / "templates"
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".html") and not p.name.startswith("preview"))


def load_style(css: Path | None, templates: Path | None, origin: str, lines: dict[str, int]) -> Style:
    """Read a manifest's ``css:`` file and ``templates:`` folder; problems name the manifest line."""
    problems = []
    css_text = _read(css, problems, origin, lines.get("css", 1)) if css else ""
    replaced = []
    if templates is not None:
        line = lines.get("templates", 1)
        if not templates.is_dir():
            problems.append(Problem(origin, line, f"templates folder '{display_path(templates)}' does not exist"))
        else:
            known = template_names()
            for path in sorted(p for p in templates.iterdir() if p.suffix == ".html"):
                if path.name not in known:
                    problems.append(Problem(origin, line, f"'{path.name}' in the templates folder replaces none of "
                                                          f"leaderdeck's templates ({', '.join(known)})"))
                    continue
                replaced.append((path.name, _read(path, problems, origin, line)))
    if problems:
        raise SourceErrors(problems)
    return Style(css_text, tuple(replaced))


def _read(path: Path, problems: list[Problem], origin: str, line: int) -> str:
    try:
        return read_text(path, display_path(path), max_bytes=MAX_STYLE_BYTES, kind="text file", size_advice="",
                         utf8_advice="save it as UTF-8")
    except SourceErrors as exc:
        problems.extend(Problem(origin, line, f"{p.path}: {p.message}") for p in exc.problems)
        return ""
