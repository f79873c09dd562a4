"""Round 16 (v1): a saved page of question cards keeps each card's own text where it belongs (a framework or tip
before the first STAR row, coaching boxes, label lines, the page's closing callout), and a file of several pasted
chats is refused naming every chat."""

from __future__ import annotations

import pytest
from importing import imported, skipped

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


CARD_PAGE = """<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>Loop kit — Stories</title></head>
<body><div class="page">
<div class="top"><div class="big">Stories Round</div>
<div class="intro">Each card below is a question from the story round, with rows to build your answer from.</div></div>
<!-- CARD 1 -->
<div class="card">
  <div class="card-top">
    <div><div class="ask">How do you decide which flaky tests to quarantine? Give an example.</div>
    <div class="sub">Judgment · Quality</div></div>
    <span class="pill">Tests</span><span class="arrow">▼</span>
  </div>
  <div class="card-body">
    <div class="rows">
      <div class="lbl">The criteria they want to hear</div>
      <p>Not "whatever fails most". A test earns quarantine by what it costs the team and what it guards.</p>
<pre>1. COST: how many reruns a week it forces
2. GUARD: which release path it protects
3. FIX TIME: whether one person can mend it in a day</pre>
      <div class="kv"><span class="k">S</span><span>Our checkout suite failed one build in five for no reason anyone could find.</span></div>
      <div class="kv"><span class="k">A</span><span>I ranked the twelve worst tests by reruns and quarantined the four that guarded nothing live.</span></div>
    </div>
    <div class="box-good">
      <div class="box-lbl">🎯 Staff signal to hit</div>
      Put a number on the cost of each flaky test before deciding.
    </div>
  </div>
</div>
<!-- CARD 2 -->
<div class="card">
  <div class="card-top">
    <div><div class="ask">Tell me about a time you chose between two designs for the same service.</div>
    <div class="sub">Design · Trade-offs</div></div>
    <span class="pill">Design</span><span class="arrow">▼</span>
  </div>
  <div class="card-body">
    <div class="rows">
      <div class="lbl">Your example to build from</div>
      <p>Use the cache rework or the queue split. Pick the one whose trade-off you can explain in a minute.</p>
      <div class="kv"><span class="k">S</span><span>The pricing service read the catalogue on every request and slowed at peak.</span></div>
      <div class="kv"><span class="k">T</span><span>I had to choose between a cache in the service and a separate read store.</span></div>
      <div class="kv"><span class="k">A</span><span>I built the cache first because it needed no new team to run it.</span></div>
      <div class="kv"><span class="k">R</span><span>Peak latency halved and the read store was never needed.</span></div>
    </div>
    <div class="box-bad"><strong>Don't say:</strong> "Both designs were fine." Then there was no decision to talk about.</div>
  </div>
</div>
<!-- CARD 3 -->
<div class="card">
  <div class="card-top">
    <div><div class="ask">Tell me about a time you helped a new engineer find their feet.</div>
    <div class="sub">Mentoring · Growth</div></div>
    <span class="pill">People</span><span class="arrow">▼</span>
  </div>
  <div class="card-body">
    <div class="rows">
      <div class="lbl">What they're actually testing</div>
      <p>Do you change how someone works, or only unblock them once? Can you show they grew?</p>
      <div class="lbl">Answer structure</div>
      <div class="kv"><span class="k">S</span><span>A new hire on the billing team had never run anything in production.</span></div>
      <div class="kv"><span class="k">T</span><span>I was asked to get her on call within a quarter.</span></div>
      <div class="kv"><span class="k">A</span><span>I paired with her on three real incidents and let her lead the fourth.</span></div>
      <div class="kv"><span class="k">R</span><span>She joined the rota in ten weeks and now trains the next hires.</span></div>
    </div>
    <div class="box-good">
      <div class="box-lbl">🎯 Staff signal</div>
      The change should outlive your help: she teaches it now.
    </div>
  </div>
</div>
<!-- CHECKLIST -->
<div class="section">
  <div class="sec-hd">
    <div class="sec-icon">✅</div>
    <div style="flex:1"><div class="sec-title">Story readiness — can you tell these cold?</div></div>
    <span class="sec-lv">All</span><span class="chev">▼</span>
  </div>
  <div class="sec-body">
    <ul class="chk-list">
      <li class="chk-item"><div class="chk-text">Flaky tests story — can you name the cost of each test?</div></li>
      <li class="chk-item"><div class="chk-text">Design story — can you explain the trade-off in a minute?</div></li>
      <li class="chk-item"><div class="chk-text">Mentoring story — do you have a measurable outcome?</div></li>
    </ul>
    <div class="callout"><strong>Rehearsal rule:</strong> Tell each story aloud twice before the loop. Stories only read sound stiff.</div>
  </div>
</div>
</div></body></html>
"""


def _card_notes(taxonomy):
    report = imported(CARD_PAGE, taxonomy, "cards.html")
    return report, {note.body.question: note for note in report.notes}


def test_criteria_before_the_rows_of_a_how_do_you_question_open_the_story(taxonomy) -> None:
    report, notes = _card_notes(taxonomy)
    note = notes["How do you decide which flaky tests to quarantine? Give an example."]
    assert note.body.situation.startswith('Not "whatever fails most". A test earns quarantine')
    assert "1. COST: how many reruns a week it forces" in note.body.situation
    assert note.body.situation.endswith("Our checkout suite failed one build in five for no reason anyone could find.")
    assert "The criteria they want to hear" not in note.body.situation
    assert not any("text outside the STAR parts" in line for line in skipped(report))


def test_a_tip_before_the_rows_of_a_story_prompt_is_a_tip(taxonomy) -> None:
    _, notes = _card_notes(taxonomy)
    note = notes["Tell me about a time you chose between two designs for the same service."]
    assert note.body.situation == "The pricing service read the catalogue on every request and slowed at peak."
    assert "Use the cache rework or the queue split. Pick the one whose trade-off you can explain in a minute." \
        in note.coach.tips
    assert 'Red flag: "Both designs were fine." Then there was no decision to talk about.' in note.coach.tips
    assert "Your example to build from" not in " ".join(note.coach.tips)


def test_a_label_line_over_the_rows_is_no_signal(taxonomy) -> None:
    _, notes = _card_notes(taxonomy)
    note = notes["Tell me about a time you helped a new engineer find their feet."]
    assert note.coach.signals == (
        "Do you change how someone works, or only unblock them once? Can you show they grew?",
        "The change should outlive your help: she teaches it now.")


def test_the_page_s_closing_checklist_and_callout_are_reported_not_in_the_last_card(taxonomy) -> None:
    report, notes = _card_notes(taxonomy)
    assert len(report.notes) == 3
    note = notes["Tell me about a time you helped a new engineer find their feet."]
    assert note.body.result == "She joined the rota in ten weeks and now trains the next hires."
    assert not any("Rehearsal rule" in tip for tip in note.coach.tips)
    assert any("section 'Story readiness — can you tell these cold?' (not interview content)" in line
               for line in skipped(report))


QA_CARD_PAGE = """<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>Loop kit — Motivation</title></head>
<body><div class="page">
<div class="card">
  <div class="card-top">
    <div><div class="ask">Why do you want to leave your current team?</div>
    <div class="sub">Motivation · Self-awareness</div></div>
    <span class="pill">Why</span><span class="arrow">▼</span>
  </div>
  <div class="card-body">
    <div class="rows">
      <div class="lbl">What they're actually testing</div>
      <p>Are you moving toward something or running away? Will you stay long enough to matter?</p>
      <div class="lbl">Your answer framework</div>
<pre>Part 1: what I built on the payments team and what I learned there.
Part 2: the larger systems problem this company has and why it fits me now.</pre>
    </div>
    <div class="box-bad"><strong>Don't say:</strong> "My manager never listened." Blaming the old team is the one answer that sinks it.</div>
  </div>
</div>
<div class="card">
  <div class="card-top">
    <div><div class="ask">How do you handle it when a director is wrong about a technical direction?</div>
    <div class="sub">Managing up · Influence</div></div>
    <span class="pill">Up</span><span class="arrow">▼</span>
  </div>
  <div class="card-body">
    <div class="rows">
      <div class="lbl">The steps they want to hear</div>
<pre>Step 1: check that you are not the one who is wrong.
Step 2: find what they are optimising for.
Step 3: bring one written comparison, then commit.</pre>
    </div>
  </div>
</div>
</div></body></html>
"""


def test_a_don_t_say_box_after_a_card_s_answer_is_a_red_flag_not_answer(taxonomy) -> None:
    report = imported(QA_CARD_PAGE, taxonomy, "why.html")
    note = report.notes[0]
    assert note.body.question == "Why do you want to leave your current team?"
    assert "Part 2: the larger systems problem" in note.body.answer
    assert "Don't say" not in note.body.answer and "My manager never listened" not in note.body.answer
    assert note.coach.tips == (
        'Red flag: "My manager never listened." Blaming the old team is the one answer that sinks it.',)


def test_a_label_line_over_a_qa_card_s_answer_is_no_signal_and_not_the_answer(taxonomy) -> None:
    note = imported(QA_CARD_PAGE, taxonomy, "why.html").notes[1]
    assert note.body.answer.startswith("```\nStep 1: check that you are not the one who is wrong.")
    assert "The steps they want to hear" not in note.body.answer
    assert "The steps they want to hear" not in note.coach.signals
