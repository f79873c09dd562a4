"""A faster constructor for frozen, slotted dataclasses: each field set straight into its slot.

The ``__init__`` that ``@dataclass(frozen=True)`` writes sets every field through ``object.__setattr__``
with the field's name, since the class's own ``__setattr__`` refuses. A slot's descriptor can set it directly,
which is about 40% quicker for a record of many fields; an import makes tens of thousands of blocks, notes and
guesses. :func:`slot_init` replaces the constructor of such a class with one that does so; the class stays
frozen (its ``__setattr__`` still refuses), and its signature, defaults and default factories are the same.
"""

from __future__ import annotations

import dataclasses
from typing import TypeVar

C = TypeVar("C", bound=type)


class _Factory:
    """The default a constructor's signature shows for a field made by a factory, as the dataclass's does."""

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY = _Factory()


def slot_init(cls: C) -> C:
    """``cls`` (a frozen dataclass with slots: put this decorator above ``@dataclass``) with an ``__init__`` that
    sets each field's slot directly. A class with ``__post_init__``, keyword-only or ``init=False`` fields, or
    no slots is refused: its constructor does more than set fields."""
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or "__slots__" not in cls.__dict__:
        raise TypeError(f"{cls.__name__} is not a frozen dataclass with slots")
    fields = dataclasses.fields(cls)
    if hasattr(cls, "__post_init__") or any(not f.init or f.kw_only for f in fields):
        raise TypeError(f"{cls.__name__}'s constructor does more than set its fields")
    names: dict[str, object] = {"_FACTORY": _FACTORY}
    params_text, lines = [], []
    for f in fields:
        names[f"_set_{f.name}"] = cls.__dict__[f.name].__set__
        if f.default is not dataclasses.MISSING:
            names[f"_default_{f.name}"] = f.default
            params_text.append(f"{f.name}=_default_{f.name}")
        elif f.default_factory is not dataclasses.MISSING:
            names[f"_factory_{f.name}"] = f.default_factory
            params_text.append(f"{f.name}=_FACTORY")
            lines.append(f"    if {f.name} is _FACTORY: {f.name} = _factory_{f.name}()")
        else:
            params_text.append(f.name)
        lines.append(f"    _set_{f.name}(self, {f.name})")
    source = f"def __init__(self, {', '.join(params_text)}):\n" + "\n".join(lines or ["    pass"]) + "\n"
    exec(source, names)  # noqa: S102 - the text is made from the class's own field names
    init = names["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    cls.__init__ = init
    return cls
