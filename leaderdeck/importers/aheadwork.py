"""Work done ahead while the importer waits for a forked child: a later step's setup that no document changes.

While this process waits for a child's result (:mod:`.forked`, :mod:`.readahead`), it first does the work queued
here with :func:`queue`, then compiles the patterns no rule has used yet (:func:`leaderdeck.lazyre.compile_pending`).
A task is done for what it leaves cached: an import queues the building of its topic classifier
(:func:`.classify.classifier_for`, built once per process from the starter notes), and the step that needs it,
after the notes are made, finds it built instead of building it while no child works. Each task runs once, what
it gives is dropped, and one that raises is dropped too: the step that needs it meets the error itself.
"""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Callable, Iterator

_QUEUED: deque[Callable[[], object]] = deque()


@contextlib.contextmanager
def queued(task: Callable[[], object]) -> Iterator[None]:
    """``task`` queued while the ``with`` body runs; still queued at its end (no wait came), it is dropped."""
    _QUEUED.append(task)
    try:
        yield
    finally:
        with contextlib.suppress(ValueError):  # done already
            _QUEUED.remove(task)


def run_queued(done: Callable[[], bool]) -> None:
    """Run the queued tasks, in the order they were queued, until ``done()`` or none is left."""
    while _QUEUED and not done():
        task = _QUEUED.popleft()
        with contextlib.suppress(Exception):
            task()
