"""The read-ahead child's text compared byte for byte (importers/handover.py) answers as comparing the texts does:
equal bytes for equal texts only, lone surrogates included; a text the shared memory cannot hold is compared by its
digest, and a reading under another file name is never the same."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from leaderdeck.importers.handover import digest, same_reading, same_text, shared_memory, write_text

_TEXTS = st.text(st.characters(blacklist_categories=()), max_size=60)  # surrogates and every plane


@settings(max_examples=400)
@given(_TEXTS, _TEXTS)
def test_the_bytes_written_are_the_same_text_exactly_when_the_texts_are_equal(written: str, read: str) -> None:
    shared = shared_memory(4 * len(written) + 4)
    size = write_text(shared, written)
    assert size is not None
    assert same_text(shared, size, written)
    assert same_text(shared, size, read) == (read == written)
    assert same_reading(shared, ("bank.md", size, None), read, "bank.md") == (read == written)
    assert not same_reading(shared, ("bank.md", size, None), written, "other.md")


@given(_TEXTS, _TEXTS)
def test_a_text_the_memory_cannot_hold_is_compared_by_its_digest(written: str, read: str) -> None:
    assert write_text(shared_memory(1), written + "longer") is None
    assert write_text(None, written) is None
    sent = ("bank.md", None, digest(written, "bank.md"))
    assert same_reading(None, sent, read, "bank.md") == (read == written)
    assert not same_reading(None, sent, written, "other.md")


def test_a_text_cut_short_or_longer_is_not_the_same() -> None:
    shared = shared_memory(64)
    size = write_text(shared, "# Bank\n\n## Why?\n")
    assert size is not None
    assert not same_text(shared, size, "# Bank\n\n## Why?")
    assert not same_text(shared, size, "# Bank\n\n## Why?\n\n")
    assert not same_text(shared, 65, "# Bank\n\n## Why?\n")
