"""Pickling that loads fast: a dataclass as its class and field values.

Loading such a record calls the class, which is about twice as fast as the field-by-field state
slotted dataclasses restore by default. Used where many records cross a boundary: the on-disk
cache (:mod:`leaderdeck.cache`, a large deck's notes on every build) and the results a forked
process sends back (:mod:`leaderdeck.importers.forked`, an import's notes). A forked child can also
send objects its parent already holds as references to them (:func:`dumps_keeping`), so that the parent
reads back those very objects, not copies.
"""

from __future__ import annotations

import dataclasses
import io
import pickle
from collections.abc import Callable, Mapping
from functools import cache
from operator import attrgetter
from typing import BinaryIO


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj):
        values = _values_of(type(obj))
        return NotImplemented if values is None else (type(obj), values(obj))


def _no_values(obj: object) -> tuple:
    return ()


@cache
def _values_of(cls: type) -> Callable[[object], tuple] | None:
    """What gives the values of the fields an instance of ``cls`` is made from, in order (``None``: ``cls`` is no
    dataclass): one ``attrgetter`` of them all, made once a class."""
    if not dataclasses.is_dataclass(cls):
        return None
    names = [f.name for f in dataclasses.fields(cls) if f.init]
    if len(names) == 1:
        return lambda obj, get=attrgetter(names[0]): (get(obj),)
    return attrgetter(*names) if names else _no_values


def dumps(value: object) -> bytes:
    """``value`` pickled with the highest protocol, dataclasses as their class and field values (fields a
    class computes itself, ``init=False``, are computed again on loading)."""
    out = io.BytesIO()
    dump(value, out)
    return out.getvalue()


def dump(value: object, file: BinaryIO) -> None:
    """:func:`dumps` of ``value`` written to ``file`` as it is pickled (a frame at a time)."""
    _Pickler(file, protocol=pickle.HIGHEST_PROTOCOL).dump(value)


_ABSENT = object()


def _from_parent(key: int) -> object:
    """Where :func:`dumps_keeping` writes an object the reading process already holds; :func:`loads_keeping` reads
    each such reference as that object. Called any other way, there is no object to give."""
    raise pickle.UnpicklingError(f"object {key} is kept by the process that reads it: use loads_keeping")


class _Keeping(_Pickler):
    """Writes each object of ``kept`` as a reference to it: its ``id`` in the process that forked this one.

    The reference is a reduction to :func:`_from_parent`, made in ``reducer_override``, which the pickler asks
    only about objects that are no string, number or plain container; a ``persistent_id`` would be asked about
    every object written."""

    def __init__(self, file: BinaryIO, kept: Mapping[int, object]) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.kept = kept

    def reducer_override(self, obj):
        key = id(obj)
        if self.kept.get(key, _ABSENT) is obj:
            return _from_parent, (key,)
        # what _Pickler.reducer_override gives, written out: asked once per record written, a call through super()
        # would cost a tenth of the pickling
        values = _values_of(type(obj))
        return NotImplemented if values is None else (type(obj), values(obj))


class _Finding(pickle.Unpickler):
    def __init__(self, file: BinaryIO, kept: Mapping[int, object]) -> None:
        super().__init__(file)
        self.kept = kept

    def find_class(self, module: str, name: str) -> object:
        if module == __name__ and name == _from_parent.__name__:
            return self.kept.__getitem__  # each reference read back as the object this process holds
        return super().find_class(module, name)


def dumps_keeping(value: object, kept: Mapping[int, object]) -> bytes:
    """:func:`dumps` of ``value`` for a process forked from this one's parent, where ``kept`` (objects by their
    ``id``) was made before the fork: each of those objects is written as a reference, and
    :func:`loads_keeping` there reads it back as that very object, not a copy."""
    out = io.BytesIO()
    dump_keeping(value, out, kept)
    return out.getvalue()


def dump_keeping(value: object, file: BinaryIO, kept: Mapping[int, object]) -> None:
    """:func:`dumps_keeping` of ``value`` written to ``file`` as it is pickled."""
    _Keeping(file, kept).dump(value)


def loads_keeping(data: bytes, kept: Mapping[int, object]) -> object:
    """What :func:`dumps_keeping` wrote, its references to ``kept`` read back as those objects."""
    return load_keeping(io.BytesIO(data), kept)


def load_keeping(file: BinaryIO, kept: Mapping[int, object]) -> object:
    """:func:`loads_keeping` of what ``file`` holds, read as it comes."""
    return _Finding(file, kept).load()
