"""A story named but not asked, with a list of the ways it is asked over its parts (``**Question Variants:**`` over
``- "Tell me about your biggest technical win"``, ``- "Describe a time you sped up a team"``): the first of them is
the story's question, the others its variants, and the name its title."""

from __future__ import annotations

from dataclasses import replace

from ..model import StarBody
from .text import is_question


def asked_by_variant(body: StarBody, name: str, variants: tuple[str, ...] | list[str]) \
        -> tuple[str, StarBody, tuple[str, ...]]:
    """``(question, body, variants)`` of a story ``body`` with no question: its first variant that asks becomes
    its question (the story's ``name`` its title) and is no longer a variant; ``("", body, variants)`` when none
    asks."""
    variants = tuple(variants)
    asked = next((v for v in variants if is_question(v)), "")
    if not asked:
        return "", body, variants
    return asked, replace(body, question=asked, title=name or body.title), tuple(v for v in variants if v != asked)
