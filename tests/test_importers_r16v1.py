"""Round 16 (v1): a saved page of question cards keeps each card's own text where it belongs (a framework or tip
before the first STAR row, coaching boxes, label lines, the page's closing callout), and a file of several pasted
chats is refused naming every chat."""

from __future__ import annotations

import pytest
from importing import imported

from leaderdeck.importers.base import DocumentError

TWO_CHATS = """==================
release retro

me: which outage did you bring up?

Noor: the cache stampede after the deploy
  
me: did they like it?
 
Noor: they asked a lot about the rollback
10:02 AM 
me: how long did the rollback take?

Noor: eleven minutes, most of it waiting on the pipeline

me: ouch
==================



==================
Noor: I always ask them about their on-call rota
  
me: why that one?

Noor: it tells you how much they trust their alerts
 
me: and what else?

Noor: how they pick what goes into a sprint
11:15 AM
me: good one
=================="""


def test_a_file_of_two_chats_is_refused_naming_both(taxonomy) -> None:
    with pytest.raises(DocumentError) as error:
        imported(TWO_CHATS, taxonomy, name="chats.txt")
    message = str(error.value.problems[0])
    assert "chats between 'me' and 'Noor', lines 4-16 and 22-32" in message
    assert "pasted conversations" in message
    assert message.endswith("; also set aside: introduction at line 2)")


def test_a_file_of_one_chat_still_names_it_alone(taxonomy) -> None:
    with pytest.raises(DocumentError) as error:
        imported(TWO_CHATS.split("\n\n\n\n")[0], taxonomy, name="chat.txt")
    message = str(error.value.problems[0])
    assert "line 4: a chat between 'me' and 'Noor', lines 4-16; a pasted conversation" in message
    assert "chats between" not in message
