"""The progress bar: on a terminal after a second of work, never otherwise."""

from __future__ import annotations

import io
import sys

from leaderdeck.cli import common


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_no_bar_when_stderr_is_not_a_terminal(monkeypatch):
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert common.progress_bar("Building") is None


def test_bar_appears_only_after_a_second(monkeypatch):
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    clock = iter([100.0, 100.5, 101.5, 101.6, 101.7, 101.8, 101.9, 102.0])
    monkeypatch.setattr(common.time, "monotonic", lambda: next(clock, 103.0))
    update = common.progress_bar("Building deck.apkg")
    update(1, 4)
    assert terminal.getvalue() == ""  # half a second in: nothing yet
    update(2, 4)
    update(4, 4)
    output = terminal.getvalue()
    assert "Building deck.apkg" in output and "100%" in output
