"""Exceptions the library raises; the CLI turns them into messages and exit codes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class LeaderdeckError(Exception):
    """Base class for every error a user can act on."""


@dataclass(frozen=True, slots=True, order=True)
class Problem:
    """One problem in one file, reported as ``path:line: message``."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class SourceErrors(LeaderdeckError):
    """Every problem found across a set of files, collected before failing once."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(set(problems), key=_problem_order)
        files = len({p.path for p in self.problems})
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        where = "file" if files == 1 else "files"
        super().__init__(f"{count} {noun} in {files} {where}")

    def report(self) -> str:
        return "\n".join(str(p) for p in self.problems)


def _problem_order(problem: Problem) -> tuple[str, int, str]:
    return (problem.path, problem.line, problem.message)


def display_path(path: Path) -> str:
    """A path as a user typed it: relative to the working directory when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
