"""slot_init: a frozen, slotted dataclass built by setting its slots directly is the same record, as frozen."""

from __future__ import annotations

import dataclasses
import pickle
from dataclasses import dataclass, field

import pytest

from leaderdeck.pickling import dumps
from leaderdeck.slotinit import slot_init


@dataclass(frozen=True, slots=True)
class Plain:
    name: str
    count: int = 0
    tags: tuple[str, ...] = ()
    extra: list = field(default_factory=list)


@slot_init
@dataclass(frozen=True, slots=True)
class Fast:
    name: str
    count: int = 0
    tags: tuple[str, ...] = ()
    extra: list = field(default_factory=list)


def fields_of(record: object) -> tuple:
    return tuple(getattr(record, f.name) for f in dataclasses.fields(record))


@pytest.mark.parametrize("args, kwargs", [(("a",), {}), (("a", 2), {"tags": ("x",)}), ((), {"name": "b", "extra": [1]}),
                                          (("c", 3, ("y", "z"), [2]), {})])
def test_it_builds_what_the_dataclass_constructor_builds(args, kwargs):
    assert fields_of(Fast(*args, **kwargs)) == fields_of(Plain(*args, **kwargs))
    assert Fast(*args, **kwargs) == Fast(*args, **kwargs)


def test_each_record_gets_its_own_default_from_a_factory():
    first, second = Fast("a"), Fast("b")
    assert first.extra == [] and first.extra is not second.extra


def test_it_refuses_arguments_as_the_dataclass_constructor_does():
    with pytest.raises(TypeError):
        Fast()  # no name
    with pytest.raises(TypeError):
        Fast("a", colour="red")
    with pytest.raises(TypeError):
        Fast("a", name="b")


def test_the_record_stays_frozen_and_replace_and_pickling_work():
    record = Fast("a", 1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.count = 2  # type: ignore[misc]
    assert dataclasses.replace(record, count=5) == Fast("a", 5)
    assert pickle.loads(dumps(record)) == record
    assert pickle.loads(pickle.dumps(record)) == record


def test_classes_whose_constructor_does_more_are_refused():
    @dataclass(frozen=True, slots=True)
    class Checked:
        name: str

        def __post_init__(self) -> None:
            pass

    @dataclass(frozen=True, slots=True)
    class Computed:
        name: str
        size: int = field(init=False, default=0)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class Named:
        name: str

    @dataclass(slots=True)
    class Mutable:
        name: str

    @dataclass(frozen=True)
    class Unslotted:
        name: str

    for cls in (Checked, Computed, Named, Mutable, Unslotted, int):
        with pytest.raises(TypeError):
            slot_init(cls)
