"""The lock's field history and the three-way merge it drives."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from leaderdeck.ledger import HISTORY, Ledger, NoteRecord, Slot, field_hash, format_ledger, read_ledger
from leaderdeck.merge import Merge, anki_edits, merge_slots, tags_digest

A, B, C, D = (field_hash(t) for t in ("a", "b", "c", "d"))


def record(*slots: Slot, seen=None) -> NoteRecord:
    return NoteRecord("n", 1_700_000_000_000, 1_700_000_000, "0" * 16, "Deck", fields=slots, seen=seen)


@pytest.mark.parametrize(("slot", "yaml", "anki", "expected"), [
    (Slot.of((A,)), A, A, Merge.SAME),
    (Slot.of((B, A)), B, A, Merge.PUSH),      # Anki holds an older version leaderdeck wrote
    (Slot.of((A,)), B, A, Merge.PUSH),        # changed in YAML only
    (Slot.of((A,)), A, C, Merge.PULL),        # changed in Anki only
    (Slot.of((A,)), B, C, Merge.CONFLICT),    # changed on both sides
    (Slot.of((A,)), B, B, Merge.SAME),        # changed alike on both sides
    (Slot.of((A,), complete=False), A, C, Merge.CONFLICT),  # Anki may hold a version the lock forgot
    (Slot.of((B, A), complete=False), B, A, Merge.PUSH),
])
def test_merge_of_one_field(slot, yaml, anki, expected):
    assert merge_slots(record(slot), [yaml], [anki]) == (expected,)


def test_without_history_every_difference_is_a_conflict():
    assert merge_slots(None, [A, B], [A, C]) == (Merge.SAME, Merge.CONFLICT)
    assert merge_slots(record(), [A], [C]) == (Merge.CONFLICT,)


def test_history_is_bounded_and_then_incomplete():
    slot = Slot.of((A,))
    for number in range(HISTORY):
        slot = slot.written(field_hash(str(number)))
    assert len(slot.hashes) == HISTORY and not slot.complete
    assert not slot.holds(A)


def test_tags_compare_without_case_order_or_our_own_tags():
    assert tags_digest(["Phone", "b", "leaderdeck::level::staff"]) == tags_digest(["B", "phone"])
    assert tags_digest(["phone"]) != tags_digest(["phone", "x"])


def test_anki_edits_are_the_seen_values_leaderdeck_did_not_write():
    assert anki_edits(record(Slot.of((A,)), Slot.of((B,)), seen=(A, C))) == {1: C}
    assert anki_edits(record(Slot.of((A,)), seen=None)) == {}


HASHES = st.lists(st.sampled_from([A, B, C, D]), min_size=1, max_size=4, unique=True)


@given(st.lists(st.tuples(HASHES, st.booleans()), max_size=5), st.one_of(st.none(), st.just("seen")),
       st.sampled_from(["", "removed", "retired"]))
def test_lock_lines_round_trip(tmp_path_factory, slots, seen, state):
    fields = tuple(Slot.of(tuple(h), complete) for h, complete in slots)
    saw = None if seen is None else tuple(s.hashes[-1] for s in fields)
    note = NoteRecord("star-x", 1_700_000_000_000, 1_700_000_000, "0123456789abcdef", "A::B", "", fields, saw, state)
    path = tmp_path_factory.mktemp("lock") / "d.lock"
    path.write_text(format_ledger(Ledger({"star-x": note})), encoding="utf-8")
    assert read_ledger(path).notes["star-x"] == note


def test_an_older_lock_line_still_reads(tmp_path):
    path = tmp_path / "d.lock"
    path.write_text("note\tqa-x\tnid=1700000000000\tmod=1700000000\tdeck=D\thash=0123456789abcdef\n", encoding="utf-8")
    note = read_ledger(path).notes["qa-x"]
    assert (note.fields, note.seen, note.state) == ((), None, "")


@pytest.mark.parametrize(("extra", "message"), [
    ("fields=abc", "fields entry 'abc' is not a list of 8-digit hashes"),
    ("seen=zz", "seen entry 'zz' is not a list of 8-digit hashes"),
    ("state=gone", "state 'gone' is not removed or retired"),
])
def test_damaged_history_is_named(tmp_path, extra, message):
    from leaderdeck.errors import SourceErrors

    path = tmp_path / "d.lock"
    path.write_text(f"note\tqa-x\tnid=1700000000000\tmod=1700000000\tdeck=D\t{extra}\thash=0123456789abcdef\n",
                    encoding="utf-8")
    with pytest.raises(SourceErrors) as caught:
        read_ledger(path)
    assert message in caught.value.problems[0].message
