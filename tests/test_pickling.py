"""Pickling for forked results (leaderdeck.pickling): records as class and field values, and the objects the reading
process already holds written as references to them."""

from __future__ import annotations

import pickle
from dataclasses import dataclass, field

import pytest

from leaderdeck.pickling import dumps, dumps_keeping, loads_keeping


@dataclass(frozen=True)
class Leaf:
    text: str


@dataclass
class Holder:
    leaves: list
    note: str


def test_a_record_round_trips_as_its_class_and_values() -> None:
    value = Holder([Leaf("a"), Leaf("b")], "n")
    assert pickle.loads(dumps(value)) == value


@dataclass
class Empty:
    pass


@dataclass(slots=True)
class Counted:
    items: list
    size: int = field(init=False)

    def __post_init__(self) -> None:
        self.size = len(self.items)


def test_records_of_any_number_of_fields_round_trip_and_computed_fields_are_computed_again() -> None:
    value = [Empty(), Leaf("one field"), Counted([1, 2]), Holder([], "two")]
    back = pickle.loads(dumps(value))
    assert back == value
    assert back[2].size == 2
    assert pickle.loads(dumps(Counted)) is Counted  # a dataclass itself is pickled by name, as any class


def test_kept_objects_come_back_as_themselves_and_the_rest_as_copies() -> None:
    kept_leaf, other = Leaf("kept"), Leaf("copied")
    kept = {id(kept_leaf): kept_leaf}
    value = Holder([kept_leaf, other, kept_leaf], "n")
    back = loads_keeping(dumps_keeping(value, kept), kept)
    assert back == value and back is not value
    assert back.leaves[0] is kept_leaf and back.leaves[2] is kept_leaf  # the very object, each time
    assert back.leaves[1] == other and back.leaves[1] is not other


def test_an_object_equal_to_a_kept_one_is_not_taken_for_it() -> None:
    kept_leaf = Leaf("same")
    kept = {id(kept_leaf): kept_leaf}
    back = loads_keeping(dumps_keeping(Holder([Leaf("same")], "n"), kept), kept)
    assert back.leaves[0] is not kept_leaf  # kept by identity, not by value


def test_references_need_the_keeping_reader() -> None:
    kept_leaf = Leaf("kept")
    data = dumps_keeping([kept_leaf], {id(kept_leaf): kept_leaf})
    with pytest.raises(pickle.UnpicklingError, match="loads_keeping"):
        pickle.loads(data)
