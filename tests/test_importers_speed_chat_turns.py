"""A pasted chat's turns (leaderdeck.importers.chatlog._turn) are read without trying a time stamp when no digit
stands in a line's first 18 characters (a stamp's first digit comes after a "[" and at most 16 other characters):
the turn read is the one the whole pattern, stamp and all, reads, the plain way.

Lines are drawn by hypothesis from stamps of every length and shape (``[09:15]``, ``3/4/24, 09:15 -``, a day's
name before the time, digits of other scripts), speakers' names (bold or not, up to three words), colons and
messages, and text with digits at every distance from the start.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from leaderdeck.importers import chatlog

_PLAIN = re.compile(r"^(?:\[?[^\]\n]{0,16}?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\]?\s*(?:[-–]\s*)?)?"
                    r"(?:\*\*|__)?(?P<name>[^\W\d_][^\W\d_'’.-]*(?:[ .'’-][^\W\d_]+){0,2})(?:\*\*|__)?\s?[:：]"
                    r"(?:\*\*|__)?\s*(?P<said>\S.*)$")  # the pattern as it was written, one piece

_STAMPS = ["", "[09:15] ", "09:15 ", "3/4/24, 09:15 - ", "12:16 PM ", "[Tuesday morning 09:15] ",
           "Tuesday morning 09:15 ", "Tuesday mornings 09:15 ", "[Tuesday mornings 9:15] ", "١٢:٣٠ ", "[a] 9:05 ",
           "x" * 15 + "7:05 ", "[" + "y" * 16 + "7:05] ", "z" * 17 + "7:05 "]
_NAMES = ["Kai", "me", "Anna K", "**Kai**", "__Sam__", "Dana Reyes Smith", "Jo-Ann", "O'Neil", "Q", "Interviewer",
          "Situation", "3M", "Kai2", ""]
_COLONS = [":", "：", " :", ":**", ""]
_SAID = ["how did you describe it?", " I talked about 3 teams", "", "12:16", "Tell me about a time you failed."]


@st.composite
def _lines(draw: st.DrawFn) -> str:
    line = draw(st.sampled_from(_STAMPS)) + draw(st.sampled_from(_NAMES)) + draw(st.sampled_from(_COLONS)) \
        + draw(st.sampled_from(_SAID))
    if draw(st.booleans()):  # a digit anywhere, or some text before it all
        at = draw(st.integers(0, len(line)))
        line = line[:at] + draw(st.sampled_from(["1", "٣", " ", "[", "]", ":", "ab"])) + line[at:]
    return line


def _plain_turn(line: str) -> tuple[str, str]:
    """:func:`chatlog._turn` with the whole pattern tried on every line."""
    if ":" not in line and "：" not in line:
        return "", ""
    match = _PLAIN.match(line)
    if match is None or chatlog.slot(match.group("name")) is not None or chatlog._ROLE.search(match.group("name")):
        return "", ""
    return match.group("name"), match.group("said")


def test_the_whole_pattern_is_the_one_written() -> None:
    assert chatlog._TURN.pattern == _PLAIN.pattern
    assert chatlog._UNSTAMPED_TURN.pattern == "^" + chatlog._SPOKEN


@settings(max_examples=1500, deadline=None)
@given(_lines())
def test_a_turn_without_a_digit_near_its_start_reads_as_the_whole_pattern_reads_it(line: str) -> None:
    assert chatlog._turn(line) == _plain_turn(line)


def test_stamps_with_their_first_digit_furthest_in_are_still_read() -> None:
    for line in ["[" + "y" * 16 + "7:05] Kai: hi?", "z" * 16 + "7:05 Kai: hi?"]:
        assert chatlog._turn(line) == ("Kai", "hi?") == _plain_turn(line)
