"""The text a child reading ahead made ready (importers/readahead.py) is the one this process would make: every
fixture, sample and seed, read ahead, is claimed with the child's text made ready, equal to :func:`prepared`'s; one
that does not fit the shared memory is made ready here."""

from __future__ import annotations

import pytest

from leaderdeck.importers import forked, readahead
from leaderdeck.importers.document import read_document
from leaderdeck.importers.prepare import prepared
from test_importers_readahead import DOCUMENTS

needs_fork = pytest.mark.skipif(not forked.can_fork(), reason="no safe fork here: nothing is read ahead")


def claimed(path):
    text = read_document(path, path.name)
    with readahead.reading_ahead(path):
        ahead = readahead.claim(text, path.name)
        assert ahead is not None, path.name
        ready = ahead.ready
        ahead.rows(lambda _: [])  # the child's blocks read, and the child reaped
    return text, ready


@needs_fork
def test_the_text_the_child_made_ready_is_the_one_made_here(monkeypatch):
    monkeypatch.setattr(readahead, "MIN_BYTES", 0)
    assert len(DOCUMENTS) >= 12
    for path in DOCUMENTS:
        text, ready = claimed(path)
        assert ready == prepared(text, path.name), path.name


@needs_fork
def test_a_text_too_large_for_the_shared_memory_is_made_ready_here(monkeypatch):
    monkeypatch.setattr(readahead, "MIN_BYTES", 0)
    monkeypatch.setattr(readahead, "_READY_ROOM", 0)
    path = next(p for p in DOCUMENTS if p.suffix == ".md")
    _, ready = claimed(path)
    assert ready is None  # the reader makes it ready itself
