"""Round 15 (v): a page's subtitle under its title names the level (a saved page's hero, an icon before its title);
a box labelled as what the interviewer listens for is the note's signals, a "Don't" box its red flags; a saved page
is reported as a web page.

Fixtures are in our own words: invented stories about engineering teams.
"""

from __future__ import annotations

from importing import imported, messages
from leaderdeck.model import Level

HERO_PAGE = """<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>Loop kit — Stories</title></head>
<body><div class="page">
<div class="top">
  <div class="icon">🧭</div>
  <div><div class="big">Stories Round</div>
  <div class="small">Principal-level stories · Reach · Outages</div></div>
  <div class="intro">At this level the story round weighs as much as the design round. Bring real examples.</div>
</div>
<div class="card">
  <div class="card-top">
    <div><div class="ask">Tell me about a time you moved two teams onto one queue.</div>
    <div class="sub">Reach · Alignment</div></div>
    <span class="pill">Reach</span><span class="arrow">▼</span>
  </div>
  <div class="card-body">
    <div class="rows">
      <div class="lbl">Build from this</div>
      <div class="kv"><span class="k">S</span><span>The billing team read our tables directly and broke every release.</span></div>
      <div class="kv"><span class="k">T</span><span>I had to move them onto a published stream without authority over their plans.</span></div>
      <div class="kv"><span class="k">A</span><span>I counted the breakages, wrote a one-page proposal and paired on their side.</span></div>
      <div class="kv"><span class="k">R</span><span>No breakages for two quarters, and two more teams copied the contract.</span></div>
    </div>
    <div class="box-good">
      <div class="box-lbl">🎯 Principal signal to hit</div>
      <strong>Name the friction:</strong> say who pushed back and what you traded to get them moving.
    </div>
    <div class="box-bad"><strong>Don't say:</strong> "Everyone agreed at once." Nobody believes it.</div>
  </div>
</div>
<div class="card">
  <div class="card-top">
    <div><div class="ask">Tell me about an outage you led the response to.</div>
    <div class="sub">Outages · Follow-through</div></div>
    <span class="pill">Outage</span><span class="arrow">▼</span>
  </div>
  <div class="card-body">
    <div class="rows">
      <div class="kv"><span class="k">S</span><span>The search cluster ran out of disk during a sale.</span></div>
      <div class="kv"><span class="k">T</span><span>I was on call and had to decide whether to fail over.</span></div>
      <div class="kv"><span class="k">A</span><span>I failed over, paged storage and ran the status updates myself.</span></div>
      <div class="kv"><span class="k">R</span><span>Search was back in forty minutes; we added disk alerts the next day.</span></div>
    </div>
    <div class="box-good">
      <div class="box-lbl">🎯 Principal signal</div>
      The follow-up actions show the level: an alert for the whole class of failure, not the one fix.
    </div>
    <div class="box-bad"><strong>Don't:</strong> Pick an outage that was wholly another team's fault.</div>
  </div>
</div>
</div></body></html>
"""


# (a) the page's subtitle under its title names the level


def test_a_saved_page_s_hero_subtitle_names_the_level_of_its_notes(taxonomy):
    report = imported(HERO_PAGE, taxonomy, "stories.html")
    assert [note.level for note in report.notes] == [Level.STAFF, Level.STAFF]
    assert "line 9: level staff for 2 notes, from the subtitle 'Principal-level stories · Reach · Outages'" \
        in messages(report)
    assert not any("no level stated" in line for line in messages(report))


_BANK = ("### Tell me about a time you cut scope to keep a date.\n\n"
         "I dropped the export feature and shipped the rest of the release on the planned day.\n\n"
         "### Tell me about a time you disagreed with your manager.\n\n"
         "I wrote down both plans, we tried mine for a week and kept it.\n")


def test_a_subtitle_line_under_a_markdown_title_names_the_level(taxonomy):
    report = imported(f"# Story round\n\nFor engineering managers · Delivery · Hiring\n\n{_BANK}", taxonomy)
    assert [note.level for note in report.notes] == [Level.MANAGER, Level.MANAGER]
    assert any("from the subtitle 'For engineering managers · Delivery · Hiring'" in line
               for line in messages(report))


def test_an_icon_before_a_title_line_leaves_the_title_line_read(taxonomy):
    report = imported(f"🧭\n\nDirector interview prep\n\n{_BANK}", taxonomy)
    assert [note.level for note in report.notes] == [Level.DIRECTOR, Level.DIRECTOR]
    assert any("from the title line 'Director interview prep'" in line for line in messages(report))


def test_the_title_s_own_level_wins_over_its_subtitle(taxonomy):
    report = imported(f"# Director interview prep\n\nNotes from my staff engineer years\n\n{_BANK}", taxonomy)
    assert [note.level for note in report.notes] == [Level.DIRECTOR, Level.DIRECTOR]


def test_a_sentence_under_the_title_is_no_subtitle(taxonomy):
    report = imported(f"# Story round\n\nI wrote these while moving up to staff engineer.\n\n{_BANK}", taxonomy)
    assert [note.level for note in report.notes] == [Level.SENIOR, Level.SENIOR]
    assert any("no level stated for 2 notes; set to senior" in line for line in messages(report))


def test_a_subtitle_mixing_scripts_names_no_band_by_the_word_leadership(taxonomy):
    report = imported(f"BQ rules\n\n每个回答都要relate to leadership principles\n\n{_BANK}", taxonomy)
    assert [note.level for note in report.notes] == [Level.SENIOR, Level.SENIOR]
    report = imported(f"BQ rules\n\n每个回答都要relate to 1-2个leadership principles\n\n{_BANK}", taxonomy)
    assert [note.level for note in report.notes] == [Level.SENIOR, Level.SENIOR]


def test_a_line_under_a_question_heading_is_no_subtitle(taxonomy):
    report = imported(f"{_BANK}\n\nStaff engineer notes\n", taxonomy)
    assert report.notes[0].level == Level.SENIOR


# (d) a saved page is reported as a web page


def test_a_saved_page_is_reported_as_a_web_page_not_markdown(taxonomy):
    report = imported(HERO_PAGE, taxonomy, "stories.html")
    assert report.format == "web page"
    assert imported("<!DOCTYPE html><html><body><h3>Why did you leave your last team?</h3>"
                    "<p>The team was merged into another and my project ended.</p></body></html>",
                    taxonomy, "saved").format == "web page"
    assert imported(f"# Story round\n\n{_BANK}", taxonomy).format == "Markdown"


# (b) a box labelled as what the interviewer listens for is the note's signals; (c) a "Don't" box its red flags


def test_a_signal_box_after_a_card_s_rows_is_its_signals_not_its_result(taxonomy):
    first, second = imported(HERO_PAGE, taxonomy, "stories.html").notes
    assert first.body.result == "No breakages for two quarters, and two more teams copied the contract."
    assert first.coach.signals == (
        "**Name the friction:** say who pushed back and what you traded to get them moving.",)
    assert second.body.result == "Search was back in forty minutes; we added disk alerts the next day."
    assert second.coach.signals == (
        "The follow-up actions show the level: an alert for the whole class of failure, not the one fix.",)


def test_a_don_t_box_is_a_red_flag_not_a_signal_or_result(taxonomy):
    first, second = imported(HERO_PAGE, taxonomy, "stories.html").notes
    assert first.coach.tips == ('Red flag: "Everyone agreed at once." Nobody believes it.',)
    assert second.coach.tips == ("Red flag: Pick an outage that was wholly another team's fault.",)
    assert not any("Don't" in text for note in (first, second) for text in (*note.coach.signals, str(note.body)))


_STORY = ("### Tell me about a time you retired a service nobody owned.\n\n"
          "**S:** The old mailer had no owner and paged us weekly.\n\n"
          "**T:** I had to retire it without breaking the two teams still sending through it.\n\n"
          "**A:** I listed its callers, moved them one by one and switched it off on a quiet Monday.\n\n"
          "**R:** The pages stopped and we saved a server.\n\n")


def test_a_plain_label_line_after_the_story_over_one_closing_paragraph_is_its_coaching(taxonomy):
    text = _STORY + "What they're listening for\n\nWhether you found every caller before switching it off.\n"
    note = imported(text, taxonomy).notes[0]
    assert note.coach.signals == ("Whether you found every caller before switching it off.",)
    assert note.body.result == "The pages stopped and we saved a server."


def test_a_plain_label_line_over_a_paragraph_the_story_goes_on_after_stays_text(taxonomy):
    text = _STORY + "Staff signal\n\nWe checked the logs for a month.\n\nThen we deleted the repository too.\n"
    note = imported(text, taxonomy).notes[0]
    assert not note.coach.signals
    assert "Staff signal" in note.body.result


def test_labels_that_name_a_signal_to_hit_or_what_to_leave_out():
    from leaderdeck.importers.labels import slot

    assert slot("🎯 Staff signal to hit") == slot("Principal signal") == slot("Signal to send") == "signals"
    assert slot("What they're listening for") == "signals"
    assert slot("Don't say") == slot("Don’t") == slot("Never say") == slot("Do not mention") == "redflags"
    assert slot("Bad signal") == "redflags"
    assert slot("Mixed signals") is None and slot("Don't worry") is None
