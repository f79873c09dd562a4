"""Pickling that loads fast: a dataclass as its class and field values.

Loading such a record calls the class, which is about twice as fast as the field-by-field state
slotted dataclasses restore by default. Used where many records cross a boundary: the on-disk
cache (:mod:`leaderdeck.cache`, a large deck's notes on every build) and the results a forked
process sends back (:mod:`leaderdeck.importers.forked`, an import's notes).
"""

from __future__ import annotations

import dataclasses
import io
import pickle
from functools import cache


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj):
        if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
            return type(obj), tuple(getattr(obj, f.name) for f in _init_fields(type(obj)))
        return NotImplemented


@cache
def _init_fields(cls: type) -> tuple[dataclasses.Field, ...]:
    return tuple(f for f in dataclasses.fields(cls) if f.init)


def dumps(value: object) -> bytes:
    """``value`` pickled with the highest protocol, dataclasses as their class and field values (fields a
    class computes itself, ``init=False``, are computed again on loading)."""
    out = io.BytesIO()
    _Pickler(out, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return out.getvalue()
