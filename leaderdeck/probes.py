"""The kinds of question a leadership interview asks for a story, and which stories answer them.

A coach checks a story bank against the questions every loop asks: a failure,
a conflict with your manager and with a peer, influencing without authority,
an underperformer, hard feedback, a crisis, a hard call, ambiguity, saying no,
hiring, growing someone, leading change, delivering under pressure, and
managing executives. Each kind below is defined by what satisfies it, so the
check is plain to read and to change:

- ``topics``: taxonomy topic slugs; a story (or question) of one of these
  topics is of the kind;
- ``words``: words that name the kind in a note's question, title,
  competencies or tags ("fail*" matches fail, failed, failure; other words
  match whole);
- ``with_words``: when given, the note must also name one of these (whom a
  conflict was with), and a topic alone is not enough.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Note, ScenarioBody

_CONFLICT = ("conflict*", "disagree*", "push back", "pushed back", "pushback", "challeng*", "tension*",
             "stood up", "argu*", "deadlock*", "flaw*")


@dataclass(frozen=True, slots=True)
class Probe:
    id: str
    story: str             # "failure story": printed as "no failure story"
    asks: str              # how interviewers put it
    topics: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    with_words: tuple[str, ...] = ()

    def answered_by(self, note: Note) -> bool:
        """Whether ``note`` (a story, or a question of the corpus) is of this kind."""
        text = _searchable(note)
        named = _names(text, self.words)
        if self.with_words:
            return (named or note.topic.slug in self.topics) and _names(text, self.with_words)
        return named or note.topic.slug in self.topics


PROBES = (
    Probe("failure", "failure story", "Tell me about a time you failed, or made a call that turned out wrong.",
          topics=("failure-growth",),
          words=("fail*", "mistake*", "wrong call", "got wrong", "went wrong", "regret*", "setback*", "misjudg*")),
    Probe("conflict-with-manager", "conflict-with-manager story",
          "Tell me about a time you disagreed with your manager or with senior leadership.",
          topics=("conflict-influence",), words=_CONFLICT,
          with_words=("manager", "boss", "leadership", "senior leader*", "executive*", "vp", "cto", "ceo",
                      "skip level", "your director", "superior*", "managing up")),
    Probe("conflict-with-peer", "conflict-with-a-peer story",
          "Tell me about a disagreement with a peer or another team, and how you resolved it.",
          topics=("conflict-influence",), words=_CONFLICT,
          with_words=("peer*", "colleague*", "another team", "other team*", "different teams", "two teams",
                      "cross team", "cross functional", "product manager*", "partner team*", "counterpart*",
                      "principal engineer*", "senior engineer*", "engineers", "interpersonal*")),
    Probe("influence", "influence-without-authority story",
          "Tell me about a time you changed a decision you did not own.",
          words=("influenc*", "persuad*", "convinc*", "without authority", "buy in", "won over", "win over")),
    Probe("underperformer", "underperformer story", "Tell me about an engineer who was not performing.",
          words=("underperform*", "low perform*", "not performing", "performance issue*", "performance problem*",
                 "pip", "performance improvement", "let go", "fire", "fired", "terminat*")),
    Probe("hard-feedback", "hard-feedback story", "Tell me about a time you gave, or received, hard feedback.",
          words=("feedback", "difficult conversation*", "hard conversation*", "tough conversation*", "criticism")),
    Probe("crisis", "incident or crisis story", "Tell me about the most serious incident you have led.",
          topics=("crisis-incidents",), words=("incident*", "outage*", "crisis", "crises", "breach*", "emergenc*")),
    Probe("hard-call", "hard-call story", "Tell me about a difficult decision, and the trade-off you made.",
          topics=("strategy",), words=("decision*", "decid*", "trade off*", "tradeoff*", "bet", "bets", "dilemma*")),
    Probe("ambiguity", "ambiguity story", "Tell me about a time you had to act without clear direction or data.",
          words=("ambigu*", "unclear", "uncertain*", "incomplete information", "incomplete data", "no clear")),
    Probe("saying-no", "saying-no story", "Tell me about a time you said no to a deadline, scope or request.",
          words=("say no", "said no", "saying no", "push back", "pushed back", "pushback", "declin*", "refus*",
                 "unrealistic")),
    Probe("hiring", "hiring story", "Tell me about a hire you made, or one you got wrong.",
          topics=("hiring",), words=("hire", "hired", "hiring", "recruit*", "interview loop*")),
    Probe("growing-people", "growing-someone story", "Tell me about someone you helped grow into a bigger role.",
          topics=("mentoring",), words=("mentor*", "coach*", "promot*", "sponsor*", "career*", "grow someone")),
    Probe("leading-change", "leading-change story", "Tell me about a change you led that people resisted.",
          topics=("org-design",), words=("reorg*", "restructur*", "transformation*", "change management",
                                         "resist*", "rollout", "roll out")),
    Probe("delivery-pressure", "delivering-under-pressure story",
          "Tell me about delivering something important under a hard deadline.",
          topics=("delivery",), words=("deadline*", "under pressure", "on time", "late project*", "slipp*")),
    Probe("managing-up", "executive-communication story",
          "Tell me about a time you had to bring bad news to executives or the board.",
          topics=("stakeholders",), words=("executive*", "board", "leadership team", "c suite", "bad news")),
)


def _searchable(note: Note) -> str:
    title = note.body.title if isinstance(note.body, ScenarioBody) else ""
    parts = [note.prompt, title, *note.competencies, *note.tags]
    return f" {_normalise(' '.join(parts))} "


def _names(text: str, words: tuple[str, ...]) -> bool:
    return any((f" {_normalise(w[:-1])}" if w.endswith("*") else f" {_normalise(w)} ") in text for w in words)


def _normalise(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.casefold()).split())
