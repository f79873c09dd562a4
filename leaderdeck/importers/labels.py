"""What a label says a part of a document is: the vocabulary of real prep documents.

A label is a heading, a bold lead-in (``**Situation:**``), a ``Label:`` line
or a bare line of plain text. :func:`slot` normalises it (case, emoji,
numbering, a timing such as "(30s)", quotes and a trailing colon go) and
returns the slot it names, or ``None``. Some slots mean one thing in a STAR
story and another in a scenario ("task", "impact"); the note decides
(:mod:`leaderdeck.importers.notes`).
"""

from __future__ import annotations

from functools import lru_cache

from .askthem import asks_them
from .cjklabels import chinese_slot
from .spanishlabels import spanish_slot
from .storykind import names_story_kind
from .cachesize import LABEL_CACHE
from .text import ASK, clean_title
from .vocabulary import Vocabulary, vocabulary_patterns
from ..lazyre import lazy_re

# What may follow a STAR part's name and keep it one: "Situation and Task", "Result & Impact" (a qualifier in
# brackets, "Action (first week)", goes with the timing). Any other words make a different thing: "Action Plans",
# "Learning session".
_STAR_TAIL = r"|( and| or| \+|,) [a-z' /,]+| for ~?\d.*| \(.*"

# (slot, pattern over the normalised label), first match wins.
_VOCABULARY: tuple[tuple[str, str], ...] = (
    # things that are not content
    ("noise", r"(table of )?contents|toc|navigation|resources|references|further reading|links|visible links|hidden links"
              r"|(related|additional|more|useful) (resources|links|reading)|related"
              r"( (articles|posts|reading|topics))?|see also|read more|next( steps| up)?|what'?s next|up next|(next|previous|prev) (article|post|page|chapter)"
              r"|previous|conclusion( .*)?|(final|closing|parting|last) (thoughts|words?)( .*)?|(a|one) (final|last) (word|thought)s?|in closing|wrapping up|about( the author| me| us)?"
              r"|last reviewed|last edited|in summary|exercises? for (you|the reader)"
              r"|author|footer|last updated|updated|date|status|version|complexity|difficulty|timing|total time"
              r"|reading time|time to read|(talking|speaking|telling|delivery|answer|story) time( target)?|time to tell( it)?|target (positions|roles)|companies known to ask( this)?"
              r"|companies( that)? ask( this)?|asked (at|by)( companies)?|questions to ask( (the|your) interviewer"
              r"|them| at the end)?|(sharp|smart|good|great|strong|thoughtful) closing questions( to ask)?"
              r"|closing questions to ask"
              r"|your questions for them|star( method| technique| format| framework"
              r"| answer (format|framework|structure|outline)| structure)?|(star )?(method )?(answer )?template|template for .*|.* template"
              r"|how to use this( sheet| guide| page)?|request checklist|your original request|disclaimer"
              r"|(answer|story|response|post[- ]?mortem|retro(spective)?) (structure|outline|format|framework)"
              r"|(an? |the )?frameworks?( for .*)?|((answer|story) )?self[- ]?check( list)?|(pre-interview )?checklist"
              r"|source|credits?|rating|readiness|interview readiness.*|rejection reasons"
              r"|share( (this|the) (article|page|post|guide))?( on .*)?|related (articles|posts|guides)|comments?"
              r"|(last |times |date )?(practi[cs]ed|rehearsed|reviewed)( (count|on|date|times))?"
              r"|(practice|rehearsal|review) (count|log|date|status|streak)|confidence( (level|score))?"
              # a web page's own lines, copied with its text: "Was this page helpful? Yes No", "© 2026 ... rights"
              r"|(was|is) this (page |article |post |guide |answer )?(helpful|useful)\b.*"
              r"|did you find this .*(helpful|useful)\b.*|(©|\(c\)|copyright) ?\d{4}\b.*|(.* )?all rights reserved\b.*"),
    # the question itself, and answers
    ("question", r"q|question|questions|the question|interview question|prompt|the prompt|question asked"
                 r"|(the )?(scenario|question|interview|behaviou?ral|story) prompt"  # "**Scenario Prompt**" over a quote
                 r"|(an? )?(example|sample|typical|common|likely) (interview )?question"),
    ("title", r"title|story|story name|name|(my|the) story|story title|example story name"),
    # the questions a story answers: the first is its question, the others its variants
    ("covers", r"(the )?questions?( (this|the) story| it| this)? (answers|covers|fits|(can|could|will|may|might|helps?( to)?) (answer|cover|fit))|questions? (answered"
               r"|covered)|(answers|covers|fits) questions like|((best |also )?(good|usable|useful|used|use it|works)|best) for"
               r"( questions( like| about| on)?)?|use (it |this |this story )?(for|when asked)( questions( like| about)?)?"
               r"|relevant questions|also (answers|covers|fits)( questions( like| about| on)?)?"
               r"|also (use (it |this )?)?for( questions( like| about| on)?)?"  # "*Also for: Tell me ...*"
               r"|questions (it'?s|this is) good for|questions to use (it|this( story)?) for"),
    ("answer", r"a|ans|answer|answers|the answer|sample answer|example answer|model answer|example response"
               r"|sample response|response|(my|your) (answer|response)|expected (answer|response)|(recommended|suggested|proposed|preferred|ideal) (answer|response)|full star answer"
               r"|(the )?star narrative|star answer|example|example story|sample story|how i'?d answer"
               r"|answer \(.*\)|(shorter|long|longer|full|detailed|extended) answer|short answer"
               r"|(my|our) (own )?(response|answer)"
               # "A better answer", "A better, more complete answer": one or more words of praise
               r"|(an? |the )?(strong|stronger|good|better|great|best|ideal|improved|more complete|fuller|revised)"
               r"((,| and|, and) (stronger|better|more complete|complete|fuller|clearer|shorter))*"
               r" (answer|response|version|example)"
               r"( (would|could|might|may) (be|sound|look|go)( like)?| (sounds|looks|reads) like)?"
               r"|(good|strong|great) (answers|responses) (sound|look|read) like"
               r"|(solution|suggested|recommended|model|ideal|expected|sample|example) approach"
               r"|(sample |example |model )star (answer|response)|star breakdown|(candidate |sample |example )?(response|answer) paths"
               r"|(sample )?answers by (level|seniority)"
               # "Lead-Level Example:", "Senior example answer": a sample answer at the level the page is for
               r"|([a-z]+[- ])?level (example|sample)( (answer|response|story))?"
               r"|(junior|mid|senior|staff|principal|lead|manager|director|executive|vp|em)(-level)?"
               r" (example|sample)( (answer|response|story))?"
               # "Sample answer for a senior engineer": an answer given, for whom it suits
               r"|(sample|example|model) (answers?|responses?) (for|from) [\w ,'/&-]{1,40}"
               r"|(sample|example|model|suggested) (answer|response) (structure|outline|skeleton|shape)"
               # "STAR Response:", "STAR example:", "Detailed STAR Response": a sample answer told in STAR parts,
               # named by its method and a word or two of praise
               r"|([a-z-]+ ){0,2}star (examples?|responses?)( answer)?"),
    # STAR parts (learning in all its names); "impact" and "task" are read by the note's kind
    ("situation", rf"s|(the )?(situation|sitation)( overview| summary| context| background{_STAR_TAIL})?"),
    ("task", r"t|task|the task|tasks|my task|my responsibility|my role|responsibility|your responsibility"
             r"|role|objective|goal|your task|task for you|the ask|your assignment|assignment"
             r"|your (challenge|mission|goal|job|brief)|what you('ll| will)? (need to|must|have to) (do|deliver|produce)"
             r"|what (we|you should) expect( from you)?|what we expect from you"),
    ("action", rf"a|(the |my |key )?actions?( taken| i took| we took| steps{_STAR_TAIL})?|what (i|you|we) did|what did (i|you|we) do|what happened"
               r"|what went wrong|(my |our |the )?(approach|interventions?)|steps taken|activity"
               # "My leadership approach", "My pair programming approach": the teller's own way, named
               r"|(my|our) ([\w-]+ ){1,2}approach"),
    ("result", rf"r|(the |final |measurable |quantified |business )?(results?|outcomes?)( achieved| delivered"
               rf"{_STAR_TAIL})?|applied since|how i'?ve changed|proof of (learning|change)|what changed"
               r"|proof( points?)?|proof of (impact|results?|success)"),
    ("learning", rf"l|\+r|r\+|(\+ ?|key |my )?(learnings?|reflections?"
                 r"|lessons?( learned| learnt| i learned| i learnt)?)"
                 r"|(key|main|my) [\w-]+ (lessons|learnings)"  # "Key leadership lessons"
                 rf"({_STAR_TAIL})?|what (i|you|we) (learned|learnt)|what (i|we)('?d| would) do differently"
                 # a story's closing reflections: "What could have gone better:", "What didn't work well:"
                 r"|what (could|would|should) have (gone|been done|worked) better"
                 r"|what (i|we) (could|would|should) have done (better|differently)"
                 r"|what (went|worked) well|what (didn'?t|did not) (go|work)( so| as)? well|looking back|in hindsight"
                 r"|key take[- ]?away|take[- ]?away|growth|(the |my )?retrospective"),
    ("impact", r"impact|business impact|current impact( assessment)?|impact assessment"),
    # coaching
    ("clarify", r"clarifying questions?|clarifications?|questions to clarify|clarify( first)?"),
    ("assumptions", r"assumptions?( for this (response|answer))?|assume"),
    ("signals", r"what (the )?(interviewers?|they|we|hiring managers?|panels?)( are| is|'re)? (looking for|looks? for"
                r"|wants?( to (see|hear|know))?|listens? for|listening for|assess(es)?|evaluat\w*)|what is the interviewer looking for"
                # "What I'm listening for": the interviewer writing as I
                r"|what (i'?m|i am) (looking|listening) for|what i (look|listen) for"
                # an interview guide's "Assess: ..." / "Rubric:" under each prompt: what the interviewer judges
                r"|assess(es)?|evaluates?|rubric|scoring rubric"
                # a mock interviewer's "Scoring notes:" over boxes to tick: what the answer is marked on
                r"|(scoring|grading|marking) (notes?|guide|guidance|key)|scorecard notes?"
                # "Traits interviewers look out for", "Qualities they look for": what a group's questions probe
                r"|(traits|qualities|signals|behaviou?rs)( that)? (the )?(interviewers?|they|hiring managers?)"
                r" (look|are looking|will look)( out)? for"
                # "Staff signal to hit", "Signal to send": the mark an answer should make on the interviewer
                r"|((?!(negative|bad|poor|weak|red|mixed|false|warning|wrong|no)\b)[a-z0-9+]+[- ])?signals?"
                r"( to (hit|show|send|give|land|aim for))?"
                r"|(why|what) (they|interviewers?|hiring managers?|companies) ask( this( question)?| it| that)?|why (this is|it'?s) asked|why this question"
                r"|why they ask|signals?( the interviewer is looking for)?|green flags?|strong( [a-z-]+)? (hire|signals?)"
                # "What is the point of this question?", "Why do they ask this?", "Why is this asked?" under a
                # question: the writer asking after the question above, to say what it probes, never a question put
                # to a candidate
                r"|why (do|does|would|might|will) (they|we|(the |an? )?interviewers?|hiring managers?|companies"
                r"|employers) ask (this|it|that)( question)?"
                r"|why (is|was) (this|it|that)( question)? asked"
                r"|what('s| is) the (core |main |real )?(point|purpose|goal|intent|aim|idea) (of|behind) (this|that)"
                r" question|what (is|does) (this|that) question (test|assess|measure|probe|reveal|get at)(ing)?( for)?"
                r"|what (you|we)('re| are) (testing|assessing|evaluating)( for)?"
                # "What we want to measure", "What interviewers try to gauge": what a case or exercise is judged on
                r"|what (we|they|interviewers?) (want|hope|aim|try|are trying|'re trying) to"
                r" (measure|assess|evaluate|test|gauge|learn)( about you)?"
                r"|what (this|the question|it) (tests|assesses"
                r"|evaluates)|what('s| is)( (actually|really))? being (tested|assessed|evaluated|scored)"
                r"|why (it|this( question)?) matters"
                r"|why (it|this( question)?)( is|'s) (valuable|important|useful|worth asking)"
                r"|key points( to (cover|hit|mention))?|what good looks like|evaluation( criteria)?|(assessment|scoring|grading|interview|hiring) criteria"
                r"|success criteria|(the )?interviewers? (are |is )?(evaluating|assessing|looking for|listening for|checking( for)?)|what they assess"
                r"|competencies assessed|traits assessed|they want to see"
                # "What they're actually probing", "What the interviewer is really testing for": what is assessed
                r"|what (the )?(interviewers?|they|hiring managers?|panels?)( are| is|'re)? (actually|really|truly"
                r"|mainly) (probing|testing|assessing|evaluating|checking|looking for|asking)( for| about)?"
                r"|what (the )?(interviewers?|they|hiring managers?|panels?)( are| is|'re)? (probing|probe|assessing"
                r"|testing|checking)( for)?"
                r"|what (an? )?(great|good|strong|winning) (answer|response)s? (includes?|looks like|contains|covers|shows)"
                r"|(great|good|strong) (answers|responses) (include|have|show|cover)|what to (include|cover|mention)"
                r"|(an? )?(great|good|strong) (answer|response) (includes?|has|shows|covers|contains)"
                r"|(what to )?focus on|key focus|(positive|good|strong|green) signals?"
                r"|[a-z]+[- ]level signals?|((good|great|strong|key) (example |answer )?)?(elements|ingredients)"
                r"|(good|great|strong|key) (areas|points|things) to (mention|cover|hit)"
                # "Why this works", "What makes this answer effective": what a model answer shows, under it
                r"|why (this|it|the (model )?(answer|response)) (answer |response )?works"
                r"|what makes (this|it|the (model )?(answer|response)) (answer |response )?(work|effective|strong|good"
                r"|great)"
                # "Key elements to include", "Main points to hit": what the answer must hold
                r"|(key|main|important|core|essential) (points|elements|ingredients|things|areas|components)"
                r" to (cover|hit|mention|include|show|touch on)"
                r"|signals (the )?(interviewers?|they|hiring managers?) (look|looks|are looking) for"
                r"|(the )?(core |main |real )?(goal|purpose|point|intent) (of|behind) (the|this) question"
                # "Interviewer's goal", "The panel's intent": what the one asking wants to learn
                r"|(the |your )?(interviewers?|hiring managers?|panel|recruiters?)('s|s'|') (real |main |core )?(goals?|aims?"
                r"|intent(ion)?s?|purpose|objectives?)"
                r"|purpose( of (this|the) (question|exercise|scenario))?"
                r"|((great|good|strong|winning|ideal|key) )?(answer |response )?themes( to (cover|hit|include|mention))?"
                r"|(great|good|strong|winning|ideal) (answer|response) (points|elements|ingredients|components|markers)"
                r"|measures?|what (we|to|you) measure|what (we'?re|we are) measuring|(what to )?look( out)? for|(what to )?listen( out)? for"
                r"|(things )?to look for|what we'?re looking for|looking for"
                # "What to assess:", "E1 Expectations:" (a grade's code or a level before it): the interviewer's
                r"|what to (assess|evaluate|probe( for)?|test( for)?|observe)"
                r"|([a-z]{1,3}[0-9]{1,2}|level|role|band|[a-z]+[- ]level) expectations"),
    ("redflags", r"red flags?( to (avoid|watch for))?|(red flags?|warning signs)( to (avoid|watch for))? (in|when|during|for|with|around"
                 r"|about|on) [\w ,'/&-]{1,50}|anti-?patterns?|(common )?traps?|weak (signals?|answers?)|no hire|what to avoid|avoid|don'?ts|common (mistakes"
                 r"|pitfalls)|pitfalls( to avoid)?|mistakes( to avoid)?|common mistakes to avoid|warning signs"
                 r"|what not to (say|do)|(weak|bad|poor|rambling|vague|concerning|worrying|red[- ]flag) (answers?|responses?)"
                 r"( include| looks? like| sounds? like)?"
                 # "Bad example", "Example of a weak answer": a sample of what not to give, never the answer
                 r"|(weak|bad|poor|vague) (examples?|samples?|stor(y|ies))|(an )?examples? of (an? )?(weak|bad|poor|vague)"
                 r" (answers?|responses?|stor(y|ies))"
                 r"|(negative|bad|poor) signals?"
                 # "Why it's weak", "Why this fails": what is wrong with the weak sample above it, never the answer
                 r"|why (this|it|that|the (answer|response))('s| is)? (answer |response )?(weak|bad|poor|fails"
                 r"|doesn't work|does not work|falls (flat|short))|what's wrong( with (it|this|the (answer|response)))?"
                 # "Don't say:", "Don't:", "Never say:": what to leave out of the answer
                 r"|(don'?t|do not|never|avoid)( (say|do|mention|claim|saying|mentioning))?"),
    ("cheat", r"cheat code( tip)?|memory hook|one[- ]liner|interview line|sound ?bite|tl;? ?dr|key metrics|key numbers|hook"
              r"|(quick |short |brief |story |one[- ]line |answer )?summary|(the )?short(er)? version|elevator pitch"),
    # "Pro tips for the loop", "Final tips", "Amazon-specific tips", "Interview tips and tricks": a page's tips,
    # named with a word or two before them and what they are for after them
    ("tips", r"((pro|final|quick|general|key|top( \d{1,2})?|extra|bonus|more|additional|last|practical|useful"
             r"|expert|insider|golden|interview|prep|preparation|behaviou?ral|[a-z]+-specific) ){1,3}tips?"
             r"( (and|&) tricks)?( (for|on) [\w ,'/&-]{1,40})?|tips (and|&) tricks( (for|on) [\w ,'/&-]{1,40})?"
             r"|tips (for|on) (the |your |an? )?[\w'/&-]+( [\w'/&-]+){0,3}"),
    ("tips", r"tips?|advice|((the )?(candidate|your)('s|s')? )?goals? (and|&) tips|(answer(ing)?|response) (tips?|advice)|best practices?( to answer| for answering| approach)?|(tips?|advice) (for|on) [a-z]+ing( [\w ,'/-]{1,40})?|how to answer( this| if (probed|pushed|challenged|asked))?|how to respond"
             r"|(key )?(metrics|numbers|data points) to (mention|cite|quote|use|highlight|prepare|have ready)"
             # "Story Development Questions", "Questions to ask yourself": prompts for writing the story, never
             # questions an interviewer asks
             r"|(story|answer) (development|preparation|prep|building|planning|drafting) (questions|prompts)"
             r"|(questions|prompts) to (ask yourself|develop|build|flesh out)( (your|the) (story|answer))?"
             # "Ask yourself:" over "- Where was I working?": the writer's prompts too
             r"|ask yourself( (this|these|the following)( questions)?)?"
             r"|(questions|prompts) for (developing|preparing|building|drafting) (your|the) (story|answer)"
             # "Key feedback:", "Useful feedback from others to use:": what a mock run of the answer was told
             r"|(key|useful|main|mock( interview)?|interviewer'?s?|peer|coach(ing)?|practice|my) feedback"
             r"( (from|on|for) [\w ,'/-]{1,40})?( to (use|apply|remember|work on))?"
             r"|feedback (received|i got|from (the |my |a )?(mock|interview|practice|others|peers?|coach)[\w ,'/-]{0,30})"
             r"( to (use|apply|remember|work on))?"
             # "Points covered:", "Points missed:" under an answer given in a mock: what its reviewer noted
             r"|(key )?points (covered|missed|hit)|missed points|what was (missing|missed)"
             r"|how to deliver.*|strategy breakdown|answer strategy|principles?|guiding principles|key principles"
             r"|principles to (use|apply|follow|show)( in (your|the|this) (answer|response|story))?"
             r"|how to (structure|frame|approach)( your| the| this)? (answer|response|question)"
             r"|do|do'?s( and don'?ts)?|the formula|formula|key takeaways|remember|notes?|pro tips?"
             r"|coaching( tips| notes)?|coach (notes|tips)|interviewer tips|what makes a good .*"
             # "Communication tactics", "Interview strategy": how to say the answer ("Communication strategy" is
             # a case's own deliverable)
             r"|(communication|delivery|presentation|answering|interview) tactics|(interview|answering) strateg(y|ies)"
             r"|structure|suggested structure|important|important notes?|focus"
             # "Stories to use:", "Which story to tell": which of the teller's stories fit, a pointer, not an answer
             r"|(which )?(stor(y|ies)|examples?) to (use|tell|pick|draw on)|(best|suggested|relevant|matching|related) stor(y|ies)"
             # "Lead with: Story 3": the story to open the answer with, a pointer too
             r"|lead with|(stor(y|ies)|examples?) to lead with"
             # "Key lesson to emphasize": what to stress when telling it
             r"|(key |main )?(lessons?|points?|messages?|takeaways?|themes?) to (emphasi[sz]e|stress|highlight|land)"
             # "General tips for behavioral questions": tips for every question of the page, not a question's
             r"|((general|common|key|top|final|quick|more|extra) )?tips (for|on) [\w ,'/&-]{1,50} questions"
             # "Problem-solving frameworks to mention": methods to name in answers, with their worked examples
             r"|([\w'-]+ ){0,3}(frameworks?|methods?|techniques?|models?) to (mention|use|know|cite|reference|apply|highlight)"
             # "What to include in your story:" over the points a story should make: a guide, not parts or questions
             r"|((what|points?|things) to |be sure to |make sure to )?(include|cover|mention|touch on)"
             r"( in (your|the|this) (answer|response|story))?"
             # "Important note about Task 3:", "Please note": a word to the candidate on doing the exercise
             r"|important notes? (about|on|for|regarding) [\w .,'&-]{1,40}|please note"
             # "Why it maps to JD:" after a story: why the story fits the role, a note on using it
             r"|why (it|this( story| example| answer)?|the story) (maps|fits|matches|applies|is relevant)( to| for)?( [\w /-]{1,30})?"
             r"|(relevance|fit) (to|for|with) (the )?(role|jd|job( description)?|position|posting)|(jd|role|job) (fit|match)"
             # "Senior insight:", "Interviewer's note:", "Staff-level tip:": a word on answering from one who knows the role
             r"|(senior|staff|principal|lead|manager|director|interviewer|coach|recruiter|hiring manager|bar raiser"
             r"|[a-z]+[- ]level)('?s)? (insights?|notes?|tips?)"
             # "Rationale:" under a scene's answer: why that answer is the right one, the author's word on it
             r"|(the )?rationale( behind (it|this|the (answer|response)))?"
             # "To Strengthen" under a practised answer: what to add next time, a word on answering
             r"|((areas|things|points) )?to (strengthen|improve|work on)|room for improvement"
             r"|\+ ?[a-z][\w -]{1,30}"),  # "+TECHNICAL (if asked to go deeper)" after a story's parts: what else to say
    ("variants", r"question (variations?|variants?)|variations?|variants?|also asked( as)?|similar questions|other ways"
                 r"( to ask( it| this| this question)?| (this|it)( question)? (is|gets|may be|might be|can be|could be) asked)?|alternative (phrasings|questions)|related (questions|scenarios|prompts)|other phrasings"
                 r"|(the )?(most )?common( (?!follow)[a-z-]+)* questions|you may also be asked"
                 # "Interviewers ask:", "How it's asked:" over a theme's list of questions: the ways one story is
                 # asked, the first its question; "Interviewer might ask:" (what may come next) is left to follow-ups
                 r"|(the )?(interviewers?|hiring managers?)( (often|usually|typically|commonly|frequently))? ask"
                 r"( (it|this))?( (as|like))?|(you|candidates?) (are|get) (often |usually |typically |commonly )?asked"
                 r"( (it )?(as|like|things like))?|how (it'?s|it is|this is|this gets|it gets) asked"
                 r"|(it'?s|it is|this is) (often |usually |typically |commonly )?asked (as|like)"
                 # "Common ways this scenario appears in interviews:", "Interview question framing": one scene or
                 # story, asked in several words
                 r"|((the )?(common|other|different|typical) )?ways (this|it)( (scenario|story|question|topic))?"
                 r" (appears|comes up|shows up|is asked|gets asked|is framed)( in (an |the )?interviews?)?"
                 r"|((the )?interview )?question framings?|(how|ways) (the )?question (is|gets|may be|can be) framed"),
    ("followups", r"((potential|possible|likely|expected|anticipated|common|typical|advanced|additional|further"
                  r"|deeper|more|other|sample|example|probing|suggested|good) )?((the )?(nature|kinds?|types?|sorts?) of )?"  # "Possible nature of follow-up questions"
                  r"follow[- ]?ups?( questions?| prompts?| angles?| probes?)?"
                  r"( (i|you|we) (should|might|may) (prepare|expect)( for)?| to (prepare|expect)( for)?"
                  r"| (i|you|we) (might|may|could|will|can)( also)? (get|hear|face)"  # "Follow-ups you might get"
                  r"| (they|the panel|(the |an? )?interviewers?)( may| might| will| could| can| often| usually)?"
                  r" ask( you)?( next)?"  # "Follow-ups they might ask"
                  r"| (i|we) (got|was asked|were asked|faced|heard)| (they|the panel|(the )?interviewers?) asked( me)?)?"
                  r"|probing (questions|prompts)|probes"
                  r"|sub[- ]?(prompts?|questions)"  # "Sub-prompts:" over a story's probes: the question's follow-ups
                  r"|deep[- ]dive (questions|considerations|prompts|probes)"  # a bare "Deep dive:" is the story's
                  r"|what if (you'?re|you are) asked follow[- ]?up questions"
                  r"|(self[- ])?reflection (questions|prompts)|(questions|prompts) (to|for) (reflect on|(self[- ])?reflection)"
                  r"|(likely |possible |other )?questions (the |an? |your )?(panel|interviewers?|hiring managers?"
                  r"|they)( may| might| will| could| can| are likely to)? ask( you)?( next)?|questions to expect"),
    # scenarios
    ("scenario", r"(the )?scenario( overview| description)?|(company |business |team |the )?context|background( .*)?|overview"
                 r"|dilemma|problem"
                 r"|problem statement|the problem|case|case study|the case|setting|current situation"
                 r"|stakeholders?( profiles| map)?|brief|feature background"),
    ("challenges", r"(the |key |main |core |current )?(technical )?(challenges?|constraints?|complications?|obstacles?)"
                   r"|competing priorities|priorities|risks|key risks|tensions|constraints and assumptions"),
    ("requirements", r"(\w+ )?requirements"),
    ("discussion", r"(expected )?discussion( points| questions)?|questions for (discussion|the panel|you)|deliverables?"
                   r"|tough calls|questions to (consider|discuss|address|explore)|things to (discuss|consider)|talking points"
                   r"|(technical )?(solutions?|options)( under consideration)?|decisions? to make|what to cover"
                   r"|(key |open )?ambiguit(y|ies)"
                   # "Discuss:" over a scene's list of talking points: what the answer should take up
                   r"|discuss( (this|these|the following))?|(points|topics|areas) to discuss"),
    # facts about a note
    ("level", r"level|seniority|role level|target level|career level"),
    # "Time expectations", "Estimated time", "Time commitment": how long a take-home brief expects the work to take
    ("duration", r"duration|length|time( limit)?|time allotted|((expected|estimated|suggested|recommended) )?time"
                 r"( (expectations?|commitment|required|needed|to complete|box))?|time ?box(ed)?"),
    ("company", r"(target )?company( name| lens| focus)?|organi[sz]ation|employer"),
    ("topic", r"category|topic|theme|core competency|focus area|leadership principles?|company values?"),
    ("competencies", r"competenc(y|ies)|((key|core|main) )?skills?( tested| assessed| used)?|traits?|qualities|maps to|mapped to"
                     r"|categories|demonstrates|(key|core|expected) concepts|behaviou?ral focus"
                     r"|(amazon |leadership )?lps?|((core )?competenc(y|ies)|skills?|(core |company )?values?|traits?|qualities"
                     r"|(leadership )?principles?|(amazon |leadership )?lps?|categories|themes) (shown|demonstrated|covered|displayed|highlighted)"),
    ("tags", r"tags?|keywords?|labels?"),
    ("container", r"(bonus|sample|more|additional|extra|other|practice|behavioral|behavioural|interview)"
                  r"( interview)? questions|questions & insights|questions and insights|coach strategy"
                  r"|coaching strategy|insights"),
)
# a page's closing words ("Conclusion", "Final thoughts", "Wrap-up"): noise for a page, more answer under a question
_OUTRO = lazy_re(r"^(?:(?:in )?conclusions?|(?:in )?summary|to summari[sz]e|wrap(?:ping)?[- ]?up|closing"
                 r"(?: thoughts| remarks| words| statement)?|(?:final|last) (?:thoughts|words|remarks)|to close"
                 r"|the close|ending)\b")
_PATTERNS = vocabulary_patterns(_VOCABULARY)  # each alone
_WORDS = Vocabulary(_VOCABULARY)  # the first that matches, by one pattern
_WRAPPED = lazy_re(r"^[(\[]\s*([^()\[\]]{2,}?)\s*[)\]]$")
# "(S)ituation", "(R)esultados": a STAR part whose initial is set in brackets, the word itself
_INITIAL = lazy_re(r"^\((\w)\)(?=\w)")
_TIMING = lazy_re(r"\s*[(\[][^)\]]{0,40}[)\]]\s*$")
# a coaching label numbered in a run of them, a name after it: "anti-pattern 1: the avoider", "tip #3 - be brief"
_NUMBERED = lazy_re(r"^(?P<label>[a-z][a-z' -]{1,30}?)\s+#?\d{1,2}(?:\s*(?::|[-–—]\s)\s*\S.*)?$")
_NUMBERED_SLOTS = frozenset({"tips", "redflags"})


def numbered_story(label: str) -> bool:
    """``Story 2``, ``STORY #3``: a label line naming the story it numbers (``Story 2: Cutting costs``), as
    ``Story:`` does; only a label's, never a heading's (a heading so numbered is the story's own)."""
    return label[:1] in "Ss" and (numbered := _NUMBERED.match(normalise(label))) is not None \
        and numbered["label"] == "story"
_LEADING = lazy_re(r"^(?:[a-z]\s*[-–—|:/]\s+)(?=[a-z]{3})")
_MARKS = lazy_re(r"[\"“”‘`*_]+")
_END = lazy_re(rf"[\s.:：;!{ASK}]+$")
_DASHED = lazy_re(r"(?:\s*[–—/|]|\s+-|-\s+|-$).*$")  # a hyphen inside a word ("Outcome-based") is no dash

def is_outro(label: str) -> bool:
    """A heading that names a text's closing part ("Conclusion", "Summary", "Wrap-up", "Closing thoughts")."""
    return bool(_OUTRO.match(normalise(label)))


STAR_SLOTS = ("situation", "task", "action", "result", "learning")
# the labels a story opens with: its parts, or the Context / Problem of a CAR or PAR story
STORY_SLOTS = frozenset({*STAR_SLOTS, "scenario", "challenges"})
COACH_SLOTS = frozenset({"clarify", "assumptions", "signals", "redflags", "cheat", "tips", "variants", "followups"})
SCENARIO_SLOTS = frozenset({"scenario", "challenges", "requirements", "discussion"})
# the parts of a story or case that follow its scene: beside an "Overview" section, they make it a case's background
CASE_PARTS = (STORY_SLOTS | SCENARIO_SLOTS) - {"scenario"}
META_SLOTS = frozenset({"level", "duration", "company", "topic", "competencies", "tags", "title"})


# Coaching words that, in an answer's own list ("- **Structure:** weekly, then monthly"), are words of the answer
_ANSWER_WORDS = lazy_re(r"^(?:(?:suggested )?structure|important( notes?)?|(?:what to )?focus on|key focus)$")


def answer_word(label: str) -> bool:
    """Whether ``label`` names coaching only outside an answer: inside one it is a point of the answer."""
    return bool(_ANSWER_WORDS.match(normalise(label)))


_DASHED_ANSWER = frozenset({"ans", "answer", "my answer", "response", "my response"})


def star_lead(label: str, rest: str) -> bool:
    """``Situation — text`` (an em or en dash or `` - ``, not a colon): a STAR part when the label names one and
    what follows reads as its text, not as the label's own subtitle ("Situation – Context"); so is the answer's
    own label ("Answer - I split the release ...")."""
    label = label.strip(" *_")
    if not label or len(label.split()) > 3 or star_slot(label) not in STAR_SLOTS \
            and normalise(label) not in _DASHED_ANSWER:
        return False
    rest = rest.strip()
    if len(label) == 1:  # "A - Strategy and long range planning" names a lettered section; "A - I moved it." tells
        return len(rest.split()) >= 8 or rest.endswith((".", "!", "%", ")"))
    return len(rest.split()) >= 5 or rest.endswith((".", "!", "%", ")"))


_JOINED = lazy_re(r"\s*(?:/|\band\b|\+|,)\s*")


@lru_cache(maxsize=LABEL_CACHE)
def joined_slots(label: str) -> tuple[str, ...]:
    """The STAR parts a label names together ("Situation/Task", "S & T", "Action and Result"), in its
    order; ``()`` for a label that names one part or something else."""
    words = _JOINED.split(normalise(label))
    if len(words) < 2:
        return ()
    found = tuple(star_slot(word) for word in words)
    return found if all(name in STAR_SLOTS for name in found) and len(set(found)) == len(found) else ()


@lru_cache(maxsize=LABEL_CACHE)  # the scanner asks it of every labelled block several times
def star_slot(label: str) -> str | None:
    """:func:`slot` where a STAR story is being told: a bare "A" is its Action, not an Answer, and "Response" what
    came of it, its Result."""
    found = slot(label)
    if found != "answer":
        return found
    return {"a": "action", "response": "result", "the response": "result"}.get(normalise(label), found)


# A label already in the form :func:`normalise` gives and that it leaves as it is: lower-case ASCII words single-spaced,
# opening with a letter (no number, quote or mark to take off) and closing with a letter or digit (no colon, stop or
# bracket); a hyphen, apostrophe, slash, comma or plus inside. :func:`slot` asks again about its normalised text
# (:func:`to_ask`), and a label's words are looked up again by other rules.
_NORMAL = lazy_re(r"[a-z](?:[a-z0-9'/,+-]| (?=[a-z0-9'/,+-]))*(?<=[a-z0-9])")


@lru_cache(maxsize=LABEL_CACHE)
def normalise(label: str) -> str:
    """``label`` as its slot is looked up: lower case, without emoji, numbering, emphasis, quotes, a timing in
    brackets or a closing colon, single-spaced."""
    if _NORMAL.fullmatch(label):
        return label  # nothing to take off or change: what :func:`_normalised` would give
    return _normalised(label)


def _normalised(label: str) -> str:
    """:func:`normalise`, worked out step by step."""
    text = clean_title(label).casefold().replace("&", "and").replace("’", "'")
    text = _END.sub("", _MARKS.sub("", text)).strip("' ")
    text = _WRAPPED.sub(r"\1", text)  # "(Learning):" is the label Learning, not a timing with no label
    text = _INITIAL.sub(r"\1", text)  # "(S)ituation" is Situation
    text = _END.sub("", _TIMING.sub("", text))
    return " ".join(text.split())


def _undashed(text: str) -> str:
    """A label without the subtitle after its dash ("Situation – Context"); a lone letter before a dash and words
    ("A - Technical Strategy") is a lettered section, not the STAR letter, and stays whole."""
    head = _DASHED.sub("", text)
    return text if len(head) == 1 and head != text.rstrip(" -–—/|") else head


@lru_cache(maxsize=LABEL_CACHE)
def slot(label: str) -> str | None:
    """The slot ``label`` names, or ``None``."""
    return _slot_of(normalise(label))


@lru_cache(maxsize=LABEL_CACHE)
def _slot_of(text: str) -> str | None:
    """The slot a normalised label names, or ``None``: looked up once for the labels written differently that
    normalise alike ("**Situation:**", "Situation", "SITUATION")."""
    if not text or len(text) > 80:
        return None
    undashed = _undashed(text)
    for candidate in dict.fromkeys((text, _LEADING.sub("", text), undashed)):
        if candidate is undashed and candidate != text and names_story_kind(text):
            continue  # "Ambiguity / Uncharted Territory Story": a story's theme, not the label of its first word
        if (name := _WORDS.first_slot(candidate)) is not None:
            if name == "title" and candidate is undashed and candidate != text:
                continue  # "Story — A promotion I pushed for": the words after the dash name the story
            return name
    if (numbered := _NUMBERED.match(text)) is not None \
            and ((name := slot(numbered["label"])) in _NUMBERED_SLOTS
                 or not numbered["label"].endswith("s") and (name := slot(numbered["label"] + "s")) in _NUMBERED_SLOTS):
        return name  # "Anti-pattern 2: The Steamroller", "Mistake #3 - rambling": one of a numbered run of them
    spanish = spanish_slot(_undashed(text)) or chinese_slot(text)
    if spanish is not None:
        return spanish
    return "noise" if to_ask(text) else None


# "Qs for engineers", "Questions for Dana (hiring manager)": the writer's questions for the people they meet, not
# questions to answer; "Questions for senior engineers" (a level) heads a bank, "Questions for you" asks the reader.
_FOR_SOMEONE = lazy_re(r"^(?:my |some )?(?:qs|questions) (?:for|to ask) (?P<who>.+)$")
# "Questions you can ask the EM", "Questions I could ask my interviewer": the one asked is never the candidate
_YOU_ASK = lazy_re(r"^(?:my |some |good )?(?:qs|questions) (?:you|i|we) (?:can |could |should |might |may |will )?"
                   r"(?:ask|put to) (?!(?:you|yourself|myself|ourselves|(?:[\w-]+ ){0,2}(?:candidates?|interviewees?"
                   r"|applicants?))\b)\S.*$")  # "Questions I ask manager candidates": an interviewer's bank
# "Questions to ask the managers", "Questions to ask your interviewers": people the writer will meet, named with
# "the" or a possessive, whatever their level; "Questions to ask candidates" is an interviewer's bank
_TO_THE = lazy_re(r"^(?:my |some |good )?(?:qs|questions) to ask (?:the|your|my|our) (?!(?:candidates?|you|yourself"
                  r"|interviewees?)\b)\S")
# "Questions for assessing leadership style", "Questions for probing ownership": what the questions are for, an
# interviewer's purpose put as a verb in -ing, not someone the writer will meet
_PURPOSE = lazy_re(r"^(?:assess|evaluat|gaug|prob|test|measur|judg|check|explor|understand|uncover|spott|screen"
                   r"|vett|siz|digg|surfac|reveal|identify|determin|learn|find|gett|tell|draw|calibrat)ing\b")
_CANDIDATES = lazy_re(r"\b(?:senior|staff|principal|junior|mid|lead|leads|managers?|directors?|vps?|vice|heads?"
                      r"|executives?|cxos?|ctos?|candidates?|new grads?|interns?|ics?|levels?|you|yourself|practice"
                      r"|each|every|this|these|the (?:story|answer|question))\b")


# "Reverse interview", "Reverse Q&A": the candidate's turn to ask, also after a few words naming their group
# ("Tech reverse interview questions"; "reverse" then followed by what it names: "How to reverse" is not);
# "Questions I want to ask", "Questions I'll ask": the writer's own, with no one named after the verb (never "we",
# as an interviewers' guide says it); "To ask the hiring manager", "To ask the recruiter"
_REVERSE = lazy_re(r"^(?:my |the )?(?:reverse(?: interview)?(?: q ?and ?a| questions?| qs)?"
                   r"|(?:[\w&-]+ ){1,3}reverse (?:interview(?: q ?and ?a| questions?| qs)?|questions?|qs))$")
_I_ASK = lazy_re(r"^(?:my |some |good )?(?:qs|questions) i ?(?:will |want to |would like to |'?d like to |'?ll "
                 r"|plan to |need to |should |could |might |can )?ask$")
_TO_THEM = lazy_re(r"^(?:things |questions |qs )?to ask (?:the |my |your )?(?:hiring managers?|recruiters?"
                   r"|(?:engineering |eng )?managers?|ems?|directors?|ctos?|vps?)$")


# "Bonus: questions to ask the interviewer", "Extra — Qs to ask your EM": a closing extra of a bank, named as one
# "Questions to avoid", "Bad questions to ask": what the candidate should not ask the people they meet
# "Questions in the end", "Questions at the end of the interview": the ones the candidate asks when the loop closes
_AT_THE_END = lazy_re(r"^(?:my |some |good )?(?:qs|questions) (?:at|in|for) the end(?: of (?:the|an|each|every) "
                      r"(?:interviews?|rounds?|calls?|loops?))?$")
_NOT_TO_ASK = lazy_re(r"^(?:(?:qs|questions) (?:to avoid(?: asking)?|not to ask|never to ask|you should(?:n'?t| not) ask)"
                      r"|(?:bad|poor|weak|wrong) (?:qs|questions)(?: to ask)?)$")
_EXTRA = lazy_re(r"^(?:bonus|extra|extras|plus)\s*(?:[:|–—-]\s*|\s)(?=(?:qs|questions?|things|to ask)\b)")


def to_ask(label: str) -> bool:
    """A label over the writer's questions for the people they will meet, also when named as a bank's extra."""
    if asks_them(label):  # "Ask interviewer", "To ask"
        return True
    text = normalise(label)
    if text[:1] in "bep" and (extra := _EXTRA.match(text)) is not None:
        return to_ask(text[extra.end():])
    if (text[:1] in "rqt" or " reverse " in text) and (_REVERSE.match(text) or _I_ASK.match(text)
                                                        or _TO_THEM.match(text)):
        return True
    match = _FOR_SOMEONE.match(text)
    if match is None and _YOU_ASK.match(text) or _TO_THE.match(text) \
            or text[:1] in "qbpw" and _NOT_TO_ASK.match(text) or text[:1] in "qmsg" and _AT_THE_END.match(text):
        return True
    return bool(match) and not _CANDIDATES.search(match.group("who").replace("hiring manager", "interviewer")) \
        and not _PURPOSE.match(match.group("who"))


_ALSO = lazy_re(r"^also (?:answers|covers|fits)\b")


def also_covers(label: str) -> bool:
    """``label`` lists what else a story answers ("Also answers:", "Also fits"), besides the question it is told for."""
    return bool(_ALSO.match(normalise(label)))


_ALSO_FOR = lazy_re(r"^(?:(?:it |this(?: story)? |can )?also)\b")


def also_for(label: str) -> bool:
    """``label`` of what a story answers says "also" ("Also works for:", "Can also answer:"): what it answers
    besides the question it is told for."""
    return bool(_ALSO_FOR.match(normalise(label)))


_OUTLINE = lazy_re(r"^(?:(?:the|an?|my|your|answer|response|story|suggested|recommended) )?(?:frameworks?|structure"
                   r"|outline|formula)$")


def outline_label(label: str) -> bool:
    """``label`` names the outline an answer follows ("Framework:", "Answer structure:"): under a question, with
    the outline on its line, a tip on shaping the answer."""
    return bool(_OUTLINE.match(normalise(label)))
