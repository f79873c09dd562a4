"""Work queued for a wait (importers/aheadwork.py): done once while this process waits for a forked child, in
order, a failing task dropped, and a task no wait came for dropped when its import ends."""

from __future__ import annotations

import os

import pytest

from leaderdeck.importers import aheadwork, forked

needs_fork = pytest.mark.skipif(not forked.can_fork(), reason="no safe fork here: one process does both")


def test_queued_tasks_run_in_order_once_and_a_failing_one_is_dropped():
    done: list[str] = []
    with aheadwork.queued(lambda: done.append("first")), aheadwork.queued(lambda: 1 / 0), \
            aheadwork.queued(lambda: done.append("third")):
        aheadwork.run_queued(lambda: False)
        aheadwork.run_queued(lambda: False)
    assert done == ["first", "third"]


def test_queued_tasks_stop_once_the_wait_is_over_and_the_rest_is_dropped_at_the_end():
    done: list[str] = []
    with aheadwork.queued(lambda: done.append("first")), aheadwork.queued(lambda: done.append("second")):
        aheadwork.run_queued(lambda: bool(done))  # the child sends once the first task is done
    aheadwork.run_queued(lambda: False)
    assert done == ["first"]


@needs_fork
def test_a_task_is_done_while_this_process_waits_for_its_child():
    parent = os.getpid()
    ran: list[int] = []
    go, release = os.pipe()

    def second() -> str:
        os.read(go, 1)  # the child waits until this process has run the task
        return "sent"

    def task() -> None:
        ran.append(os.getpid())
        os.write(release, b"x")

    with aheadwork.queued(task):
        assert forked.in_two(lambda: "here", second) == ("here", "sent")
    os.close(go)
    os.close(release)
    assert ran == [parent]
