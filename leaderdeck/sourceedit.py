"""Change values of notes in a YAML source file in place, and nothing else.

ruamel.yaml (only imported here, when an edit is made) parses the file into events with exact positions; an
edit replaces just the text of one value (or inserts or removes one key), written by
ruamel's emitter in the value's own style where it can (plain, quoted, ``|`` block, flow
or block list). Every other byte of the file stays as it was: comments, key order,
quoting, blank lines, indentation. The caller checks the result by loading it again.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field

from .errors import LeaderdeckError

@dataclass(frozen=True, slots=True)
class ListChange:
    """Items to add to a list and items to take out of it (matched without regard to case,
    with spaces as ``-``, as Anki tags are)."""

    add: tuple[str, ...] = ()
    remove: tuple[str, ...] = ()


Value = str | list | ListChange | None  # text, a list (of text, or of mappings), None: remove the key


@dataclass(frozen=True, slots=True)
class Edit:
    note_id: str
    path: tuple[str, ...]
    value: Value


class SourceEditError(LeaderdeckError):
    """An edit this module cannot make without touching more than the value."""

    def __init__(self, message: str, edit: Edit | None = None) -> None:
        super().__init__(message)
        self.edit = edit


@dataclass(eq=False)
class _Node:
    kind: str  # scalar, map, seq, alias
    start: int
    end: int
    column: int
    style: str | None = None
    flow: bool = False
    value: str = ""
    children: list = field(default_factory=list)  # map: key, value, key, value...; seq: items

    def get(self, key: str) -> tuple[_Node, _Node] | None:
        pairs = zip(self.children[::2], self.children[1::2])
        return next(((k, v) for k, v in pairs if k.kind == "scalar" and k.value == key), None)


def edit_source(text: str, edits: Sequence[Edit]) -> str:
    """``text`` with every edit made; :class:`SourceEditError` when one cannot be made cleanly."""
    root = _parse(text)
    # made from the end backwards; at one place, a deeper insertion and then the earlier edit come first
    made = [(*_attributed(root, text, e), index) for index, e in enumerate(edits)]
    changes = [c[:3] for c in sorted(made, key=lambda c: (c[0], -_depth(c[2]), c[3]), reverse=True)]
    for (start, end, _), (next_start, _, _) in zip(changes[1:], changes):
        if end > next_start:
            raise SourceEditError("two edits overlap")
    for start, end, replacement in changes:
        text = text[:start] + replacement + text[end:]
    return text


def _attributed(root: _Node, text: str, edit: Edit) -> tuple[int, int, str]:
    try:
        if isinstance(edit.value, ListChange):
            edit = Edit(edit.note_id, edit.path, _changed_list(root, edit))
        return _change(root, text, edit)
    except SourceEditError as exc:
        raise SourceEditError(str(exc), edit) from None


def _changed_list(root: _Node, edit: Edit) -> list[str] | None:
    change = edit.value
    node = _note(root, edit.note_id)
    for key in edit.path:
        found = node.get(key) if node.kind == "map" else None
        node = found[1] if found else _Node("seq", 0, 0, 0)
    if node.kind == "scalar" and _is_null(node):
        node = _Node("seq", 0, 0, 0)
    if node.kind != "seq" or any(c.kind != "scalar" for c in node.children):
        raise SourceEditError(f"'{'.'.join(edit.path)}' is not a list of text")
    items = [c.value for c in node.children]
    gone = {_tag_key(t) for t in change.remove}
    missing = gone - {_tag_key(i) for i in items}
    if missing:
        raise SourceEditError(f"'{sorted(missing)[0]}' is not in the note's own '{'.'.join(edit.path)}' "
                              "(it comes from the file's defaults)")
    kept = [i for i in items if _tag_key(i) not in gone]
    have = {_tag_key(i) for i in kept}
    return [*kept, *(t for t in change.add if _tag_key(t) not in have)] or None


def _tag_key(tag: str) -> str:
    return "-".join(tag.split()).casefold()


def _depth(replacement: str) -> int:
    return len(replacement) - len(replacement.lstrip("\n "))


def _parse(text: str) -> _Node:
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError
    from ruamel.yaml.events import (AliasEvent, MappingEndEvent, MappingStartEvent, ScalarEvent, SequenceEndEvent,
                                    SequenceStartEvent)

    stack: list[_Node] = []
    root: _Node | None = None
    try:
        for event in YAML(typ="rt").parse(io.StringIO(text)):
            start, end = event.start_mark.index, event.end_mark.index
            if isinstance(event, (MappingStartEvent, SequenceStartEvent)):
                node = _Node("map" if isinstance(event, MappingStartEvent) else "seq", start, end,
                             event.start_mark.column, flow=bool(event.flow_style))
            elif isinstance(event, (MappingEndEvent, SequenceEndEvent)):
                done = stack.pop()
                done.end = end
                continue
            elif isinstance(event, ScalarEvent):
                node = _Node("scalar", start, end, event.start_mark.column, event.style, value=event.value)
            elif isinstance(event, AliasEvent):
                node = _Node("alias", start, end, event.start_mark.column)
            else:
                continue
            if stack:
                stack[-1].children.append(node)
            else:
                root = node
            if node.kind in ("map", "seq"):
                stack.append(node)
    except YAMLError as exc:
        raise SourceEditError(f"cannot parse the file: {str(exc).splitlines()[0]}") from None
    if root is None or root.kind != "map":
        raise SourceEditError("the file is not a mapping")
    return root


def _note(root: _Node, note_id: str) -> _Node:
    notes = root.get("notes")
    candidates = notes[1].children if notes and notes[1].kind == "seq" else [root]
    for node in candidates:
        found = node.get("id") if node.kind == "map" else None
        if found and found[1].kind == "scalar" and found[1].value == note_id:
            return node
    raise SourceEditError(f"note '{note_id}' is not in this file")


def _change(root: _Node, text: str, edit: Edit) -> tuple[int, int, str]:
    mapping = _note(root, edit.note_id)
    chain: list[tuple[_Node, tuple[_Node, _Node]]] = []  # (mapping, its entry) on the way down
    for depth, key in enumerate(edit.path):
        if mapping.kind != "map" or mapping.flow:
            raise SourceEditError(f"'{'.'.join(edit.path[:depth])}' is not a block mapping")
        found = mapping.get(key)
        if found is None or _is_null(found[1]):
            if edit.value is None or edit.value == []:
                return (0, 0, "") if found is None else _remove([*chain, (mapping, found)], text)
            return _insert(mapping, found, edit.path[depth:], edit.value, text)
        chain.append((mapping, found))
        mapping = found[1]
    if edit.value is None or edit.value == []:
        return _remove(chain, text)
    return _replace(*chain[-1][1], edit.value, text)


def _replace(key: _Node, node: _Node, value: Value, text: str) -> tuple[int, int, str]:
    if node.kind == "alias":
        raise SourceEditError(f"'{key.value}' is a YAML alias; edit it by hand")
    end = _content_end(node, text)
    if isinstance(value, str):
        if node.kind != "scalar":
            raise SourceEditError(f"'{key.value}' is not text")
        indent = _block_indent(node, text) or key.column + 2
        emitted = _scalar(value, node.style, indent)
        tail = text[end:_line_end(text, end)].rstrip("\n")
        if "\n" in emitted and tail.strip():  # a comment after the old value goes after the block's header
            header, body = emitted.split("\n", 1)
            return node.start, end + len(tail), f"{header}{tail}\n{body}"
        return node.start, end, emitted
    if node.kind != "seq":
        raise SourceEditError(f"'{key.value}' is not a list")
    if node.flow and all(isinstance(v, str) and "\n" not in v for v in value):
        return node.start, end, _flow(value)
    if node.flow:
        return key.end, end, ":\n" + " " * (key.column + 2) + _items(value, key.column + 2)
    return node.start, end, _items(value, node.column)


def _insert(mapping: _Node, pair, path: tuple[str, ...], value: Value, text: str) -> tuple[int, int, str]:
    """A new ``key: value`` (with the mappings ``path`` leads through) after the last entry."""
    column = mapping.children[0].column
    lines = _entry(path, value, column)
    if pair is not None:  # the key is there with an empty value: write the value after its colon
        key, node = pair
        end = node.end if node.value else text.index(":", key.end) + 1
        return key.end, end, lines[column + len(path[0]):].rstrip("\n")
    at = _line_end(text, _content_end(mapping.children[-1], text))
    prefix = "" if at == 0 or text[at - 1] == "\n" else "\n"
    return at, at, prefix + lines


def _entry(path: tuple[str, ...], value: Value, column: int) -> str:
    pad = " " * column
    if len(path) > 1:
        return f"{pad}{path[0]}:\n" + _entry(path[1:], value, column + 2)
    if isinstance(value, str):
        return f"{pad}{path[0]}: {_scalar(value, None, column + 2)}\n"
    if all(isinstance(v, str) and "\n" not in v and len(v) < 40 for v in value):
        return f"{pad}{path[0]}: {_flow(value)}\n"
    return f"{pad}{path[0]}:\n{pad}  {_items(value, column + 2)}\n"


def _remove(chain: list[tuple[_Node, tuple[_Node, _Node]]], text: str) -> tuple[int, int, str]:
    """Remove the last entry of ``chain``; an entry that is the only one of its nested mapping
    takes that mapping's own entry with it (an empty mapping would not load)."""
    while len(chain) > 1 and len(chain[-1][0].children) == 2:
        chain = chain[:-1]
    mapping, (key, node) = chain[-1]
    if mapping.flow:
        raise SourceEditError(f"'{key.value}' is in a flow mapping; edit it by hand")
    start = text.rfind("\n", 0, key.start) + 1
    if text[start:key.start].strip():
        raise SourceEditError(f"'{key.value}' does not start its line; edit it by hand")
    end = _line_end(text, _content_end(node, text))
    return start, end, ""


def _is_null(node: _Node) -> bool:
    return node.kind == "scalar" and node.style is None and node.value in ("", "~", "null", "Null", "NULL")


def _content_end(node: _Node, text: str) -> int:
    """Where a value's own text ends: after its last character, before trailing blank lines."""
    if node.kind in ("map", "seq") and not node.flow:
        return _content_end(node.children[-1], text) if node.children else node.start
    if node.kind == "scalar" and node.style in ("|", ">"):
        return node.start + len(text[node.start:node.end].rstrip())
    return node.end


def _line_end(text: str, index: int) -> int:
    end = text.find("\n", index)
    return len(text) if end < 0 else end + 1


def _block_indent(node: _Node, text: str) -> int:
    """The indentation of a block scalar's content (0: not a block scalar)."""
    if node.style not in ("|", ">"):
        return 0
    for line in text[node.start:node.end].split("\n")[1:]:
        if line.strip():
            return len(line) - len(line.lstrip(" "))
    return 0


def _yaml():
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.version = (1, 1)  # quote what YAML 1.1 readers (PyYAML) take for booleans, dates, numbers
    yaml.width = 1 << 20
    yaml.allow_unicode = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def _dump_value(value) -> str:
    out = io.StringIO()
    _yaml().dump({"k": value}, out)
    document = out.getvalue().split("\n---\n", 1)[-1]  # after the %YAML directive
    return document[len("k:"):].lstrip(" ").rstrip("\n")


def _reindent(emitted: str, indent: int) -> str:
    first, *rest = emitted.split("\n")
    return "\n".join([first, *((" " * indent + line[2:]) if line.strip() else "" for line in rest)])


def _scalar(value: str, style: str | None, indent: int) -> str:
    """``value`` as YAML text in ``style`` (keeping a block or quoted value so), continuation
    lines indented by ``indent``."""
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString, SingleQuotedScalarString

    if "\n" in value or style in ("|", ">"):
        node = LiteralScalarString(value + "\n")
    elif style == "'":
        node = SingleQuotedScalarString(value)
    elif style == '"':
        node = DoubleQuotedScalarString(value)
    else:
        node = value
    return _reindent(_dump_value(node), indent)


def _flow(items: Sequence[str]) -> str:
    from ruamel.yaml.comments import CommentedSeq

    seq = CommentedSeq(items)
    seq.fa.set_flow_style()
    return _dump_value(seq)


def _items(items: Sequence, column: int) -> str:
    """A block list whose dashes stand at ``column``; the first dash is not indented."""
    lines = []
    for item in items:
        if isinstance(item, dict):
            lines.append(_mapping_item(item, column))
        else:
            lines.append("- " + _scalar(item, None, column + 2))
    return ("\n" + " " * column).join(lines)


def _mapping_item(item: dict, column: int) -> str:
    pad = " " * (column + 2)
    parts = []
    for key, value in item.items():
        if isinstance(value, list) and all(len(v) < 60 and "\n" not in v for v in value):
            parts.append(f"{key}: {_flow(value)}")
        elif isinstance(value, list):
            parts.append(f"{key}:\n{pad}  " + _items(value, column + 4))
        else:
            parts.append(f"{key}: {_scalar(value, None, column + 4)}")
    return "- " + ("\n" + pad).join(parts)
