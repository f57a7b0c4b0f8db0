"""The crisis lexicon: which words and phrases count as a crisis cue, grouped by category.

This module is data a maintainer reads and extends; `bot.safety.patterns` compiles it and
`bot.safety.crisis` applies it. Cues that only count in context (means questions, distress,
setbacks) live in `bot.safety.context_cues`; everyday idioms that contain a cue word live in
`bot.safety.idioms`. Patterns are matched against `bot.safety.normalise.normalise`
output: lower-case ASCII, no apostrophes ("dont", "im", "cant"), chat shorthand expanded
("wanna" -> "want to"), sentence ends as "." and commas as ",". Write plain spelling: letter runs
are collapsed on both sides, so "kill" also matches "kil" and "killll".

Pattern syntax is a regular expression over whole words, with three conveniences:
- a space also matches no space, so "kill myself" finds "#killmyself";
- `~` stands for up to four other words in the same clause ("how high ~ fall"), `~~` for up
  to eight;
- `<name>` inserts a shared word list from `WORDS` ("<pills>").

Kinds of rule:
- `crisis`: on its own, the message is a crisis, unless the person denied it ("I would never
  hurt myself") or said it to the reader ("you should die"); said about someone else, it is a
  crisis in the `someone_else` category.
- `contextual`: a crisis only in context: a question about means (heights, pill counts, guns),
  or "I'm going to do it tonight". A crisis when the same message or the last 24 hours also
  showed distress, a job loss or a rejection.
- `distress`: a lesser signal (hopeless, worthless, a failure, can't go on). Never a crisis on
  its own; remembered so that a later means question is taken seriously.
- `setback`: a job loss or a rejection, remembered the same way.
- `possible`: too ambiguous for the full crisis response (a goodbye that may be a move): the
  message is at least a possible risk, and the person is asked directly.

Reasons are shown to responders and in `bounceback classify`: they describe the cue, never
repeat the person's words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["crisis", "possible", "contextual", "distress", "setback"]

EXPLICIT = "explicit_ideation"
PASSIVE = "passive_ideation"
CODED = "coded_language"
SELF_HARM = "self_harm"
PLAN = "plan_or_means"
MEANS = "means_seeking"
SOMEONE_ELSE = "someone_else"
DISTRESS = "distress"
SETBACK = "setback"

CATEGORIES = (EXPLICIT, PASSIVE, CODED, SELF_HARM, PLAN, MEANS, SOMEONE_ELSE)
"""Crisis categories, in the order an `Assessment` lists them."""


@dataclass(frozen=True, slots=True)
class Rule:
    """Phrases that mean one thing: `reason` says what, in words fit for a responder."""

    category: str
    reason: str
    patterns: tuple[str, ...]
    kind: Kind = "crisis"


WORDS: dict[str, str] = {
    "me": "(myself|my self|meself)",
    "iam": "(im|i am|i m|iam)",
    "pills": (
        "(pills?|tablets?|meds|medications?|sleeping pills|sleeping tablets|painkillers|"
        "tylenol|paracetamol|acetaminophen|ibuprofen|advil|aspirin|xanax|ambien|oxy|oxycodone|"
        "opioids?|insulin|antidepressants|benadryl)"
    ),
    "high": (
        "(bridges?|buildings?|towers?|cliffs?|roofs?|rooftops?|parking garages?|"
        "skyscrapers?|overpass(es)?|balcon(y|ies)|ledges?|dams?)"
    ),
    "gun": "(guns?|pistols?|handguns?|firearms?|rifles?|shotguns?|revolvers?|glock)",
    "vehicle": "(train|trains|bus|truck|car|lorry|subway|tube|metro|traffic|plane)",
    "amount": "([0-9]+|a|one|two|three|five|ten|twenty|thirty|fifty|a hundred|how many)",
    # Wanting, welcoming or dwelling on: "I'd welcome death", "daydreaming about not being alive"
    "longing": (
        "(want|wants|wanted|wanting|wish|wishing|hope|hoping|pray|praying|welcome|long for|"
        "longing for|crave|craving|ready for|looking forward to|fantasi[sz]e about|"
        "fantasi[sz]ing about|daydream about|daydreaming about|dream about|dreaming about|"
        "obsess over|obsessing over|obsessing about|not afraid of|not scared of|at peace with)"
    ),
    "death": (
        "(death|be dead|being dead|not being alive|not existing|stop breathing|"
        "stopping breathing|my own death|my death|no longer existing)"
    ),
}

RULES: tuple[Rule, ...] = (
    # ---- Explicit ideation: says outright they want to die or kill themself ----------------
    Rule(EXPLICIT, "mentions killing themself", (
        "(kill|kills|killed|killing) (<me>|himself|herself|themselves|themself)",
    )),
    Rule(EXPLICIT, "mentions suicide", (
        "(suicid|sucid|suicd|suisid|siucid|suicdi)(e|al|ally|le|l)",
        "thoughts of (suicide|killing <me>|ending (it|my life))",
        "(commit|commits|committing|committed) suicide",
        "(suicide|crisis|988) (hotline|line|helpline|lifeline)",
    )),
    Rule(EXPLICIT, "mentions wanting to die", (
        "(want|wants|wanted|wanting|ready|deserve|deserves|planning|plan|trying|decided|need|"
        "needs) to die",
        "(want|wants|wanted) to be dead",
        "(wish|hope|pray) (that )?i (could |would |will |might )?(just )?die",
        "(i|id|maybe i) (really |probably |honestly )?(should|shud) (just )?(die|be dead)",
        "(should|deserve to) (just )?be dead",
        "let me die",
        "<longing> ~ <death>",
        "<longing> (to )?dying",
        "(<death>|dying) (sounds|seems|feels|would be) (peaceful|nice|good|better|"
        "like (a )?relief|easier|like the answer|like the only way)",
        "(think|thinking|thought) about (death|dying) (constantly|all the time|every day|a lot|"
        "nonstop)",
        "(wish|hope|pray) (that )?(i|id) (would |could |will )?(just )?die in my sleep",
        "(want|wants|need|needs|going|trying|decided) to stop breathing",
        "(i|just) want death",
    )),
    Rule(EXPLICIT, "mentions ending their life", (
        "(end|ending|ended|take|taking|took) (my|his|her|their) (own )?life",
        "(finish|finishing) (my|his|her|their) (own )?life(?! (story|work|coach\\w*|goals?|book))",
        "(want|wants|going|ready|plan|planning|decided|time|about|thinking about|thinking of|"
        "think about|how) (to )?(end|ending) (it|things|everything)",
        "(might|could|should|will|il|just|wil) (end|ending) (it|things|everything)",
        "(end|ending) it (now|tonight|today|for good|forever|soon)",
        "(i|il|i will|i must|i need to|i have to|i should|tonight i|the night i|the day i) "
        "(end|ending) (it|things|everything|my life)",
        "(my life|it all|everything|my existence) (needs|has|have|ought|is going) to (end|be over|"
        "stop)",
        "(end|ending) everything",
        "close to (end|ending) (it|things|everything)",
        "(end|ending) (<me>|my existence)",
        "(want|wants|going|trying|decided) to stop living",
        "(way out|solution|answer|option|escape) (is|would be|left is) (to die|dying|death|"
        "suicide)",
        "other than (dying|death|suicide)",
        "(dont|doesnt|do not|does not|no longer|never) (want|wants) to (live|be alive)",
        "(life|living) (isnt|is not|aint|not|no longer) worth (it|living)",
        "not worth living",
        "(want|wants) out of (this|my) life",
    )),
    Rule(EXPLICIT, "mentions a way to end their life", (
        "(hang|hanging|hanged|shoot|shooting|drown|drowning|poison|poisoning|gas|gassing|"
        "electrocute|stab|stabbing|suffocate) (<me>|himself|herself|themselves)",
        "(jump|jumping|leap|leaping|throw myself|throwing myself) (off|from) (a|the|that|this|my"
        "|our) <high>",
        "(jump|jumping|step|stepping|walk|walking|throw myself|throwing myself) (in front of|"
        "under|into) (a |the |oncoming )?<vehicle>",
        "(drive|driving|crash|crashing|swerve|swerving|steer|steering) (my car )?(into|off) "
        "(a wall|a tree|the river|a cliff|the bridge|a bridge|oncoming traffic|the road|"
        "the highway|the motorway)",
        "(overdose|overdosing|overdosed|od|oding|oded)( on)?",
        "(slit|slitting|slash|slashing|cut|cutting) (my|his|her|their) (wrists?|throat)",
        "(put|putting) a bullet (in|through) (my|his|her|their) (head|brain)",
        "(walk|walking|walked|swim|swimming) (into|out into|out to) (the )?(ocean|sea|lake|river|"
        "water|waves)",
        "blow (my|his|her|their) brains out",
        "(stick|put|stuck|putting|sticking) (my|his|her|their) head (in|into) the (gas )?oven",
    )),
    # ---- Passive ideation: wishes not to exist, without saying how -------------------------
    Rule(PASSIVE, "wishes to sleep and not wake up", (
        "(sleep|go to sleep|fall asleep|close my eyes) and (never|not) wake up",
        "(wish|hope|hoping|pray|praying|want) (that )?(i|id|i would) (just )?(dont|do not|wont|"
        "never|would not|wouldnt) wake up",
        "(wouldnt|would not) mind (if i (didnt|did not|never|dont) wake up|dying|being dead|"
        "not waking up|if i died)",
        "(never|not) (to )?wake up (again|ever|tomorrow)",
        "(never|dont|do not|doesnt|does not) (want|wants) to wake up( again| ever| tomorrow)?",
        "(hope|wish|pray) (that )?tomorrow (never comes|doesnt come|wont come|never arrives)",
        "(sleep|go to sleep|fall asleep) (forever|for ever|permanently|for good|and never)",
        "(eternal|permanent|forever) sleep",
    )),
    Rule(PASSIVE, "says others would be better off without them", (
        "(better|easier|happier|lighter|simpler) (off )?without me",
        "(everyone|everybody|the world|his family|her family|their family|they) (would |will )?"
        "be better off without (him|her|them)",
        "(better|easier|happier) (off )?(for everyone )?if i (was|were|wasnt|werent|wasn|"
        "was not|were not) (here|around|alive|gone|dead|born)",
        "(better|easier) for everyone if i",
        "(relieved|better|happier|glad|easier|fine) (off )?(for everyone )?(if|when|once) i "
        "(died|die|was gone|were gone|am gone|disappeared|disappear|killed <me>|ended it)",
        "(favour|favor) (by|if i) (dying|die|died|killing <me>|disappearing|disappeared|"
        "not being here|ending it)",
        "(nobody|no one) (would|will) (even )?(care|notice) (if|when) i",
        "(nobody|no one) (would|will) (even )?miss me",
        "(if|when) i (died|die|was gone|were gone|disappeared|killed <me>) ~ (nobody|no one|"
        "noone) (would|will|wil) (even )?(notice|care|miss me|come)",
        "(wouldnt|would not|wont|will not) (even )?(notice|care|miss me) (if|when) i (was|were|"
        "died|disappeared|am gone|left|wasnt|werent|killed|ended)",
    )),
    Rule(PASSIVE, "says they don't want to be here", (
        "(dont|do not|no longer) want to (be here|be around|exist)(?= [.,]|$| anymore| any more|"
        " any longer| at all| in this world| on this earth| now)",
        "(want|wants|wanted) to be gone",
        "(think|thinking|thought|thoughts) (about|of) (dying|being dead|not being alive|"
        "not existing|not being here)",
        "my (own )?funeral",
        "(dont|do not|cant|cannot) see (myself|me) (making it|surviving|being here|being around|"
        "living|lasting|getting through)",
        "(only thing|only reason|only one|all that is) (stopping|holding) me",
        "(only thing|only reason|only one|all that is) keeping me (from|back|alive|here)",
        "(only thing|only reason) (im|i am|i m) (still )?(alive|here)",
        "why (bother|even bother|keep|should i keep|do i keep) (living|being alive|waking up|"
        "going on|existing)",
        "(nobody|no one) (cares|would care|will care) (if|whether) i (live|die|lived|died)",
        "(wish|wishes|wished) (i|he|she|they) (was|were|had) (dead|never been born|never born|"
        "not born|gone|not here|not alive)",
        "wish i (could |would )?(just )?(stop existing|not exist|didnt exist|did not exist|"
        "never existed|wasnt alive|wasnt here)",
        "(want|wish|wishing|need) to (stop existing|not exist)",
        "(disappear|vanish|fade away) (forever|for good|permanently|and never come back)",
        "(wont|will not|not going to) be (around|here|a problem|a burden|anyones problem) "
        "(for anyone |to anyone )?(much longer|for much longer|for long|anymore|soon)",
        "(dont think|doubt) (il|i will|i wil) be (here|around|alive) (next|much longer|tomorrow|"
        "by|for)",
        "(done|finished) (with life|with living|living|being alive)",
        "(done|finished) with (everything|it all|all of it) (permanently|for good|forever)",
        "want out(?= [.,]|$| of (this|my) (life|world|existence))",
        "(pain|it|this|everything) to stop (forever|for good|permanently)",
        "(hope|hoping|wish|pray) (that )?(a|the|some|my) <vehicle> (hits|would hit|will hit|"
        "runs me over|kills me|crashes|would crash|will crash)",
        "(hope|hoping|wish|pray) (something|someone|somebody) (kills|would kill|will kill) me",
        "(hope|wish) i (get|got) hit by (a|the) <vehicle>",
        "(hope|wish) i (just )?(drop dead|dont survive|never come back)",
        "(rather|prefer to) (die|be dead)",
        "better off dead",
        "feel like dying",
    )),
    Rule(PASSIVE, "sees no reason to live", (
        "no (reason|point) (to|in) (live|living|being alive|going on|keep living|wake up|"
        "waking up|be here|being here|stay alive|staying alive)",
        "nothing (left )?to live for",
        "(whats|what is|what) the point (of|in) (living|being alive|life|going on|waking up|"
        "existing|me being here)",
        "(dont|cant|do not|cannot) see (the|a|any) point (in|of) (living|being alive|life|going on|"
        "waking up|existing)",
        "why (am i|do i|should i) (even )?(still alive|alive|bother living|keep living|exist)",
        "(tired|sick|exhausted|weary) of (living|being alive|life|existing)",
        "lost (the|my) (will|wil) to live",
        "(want|wants) (it all|everything|this life|my life|it) to (end|be over)",
        "(end|stop) (my|this) suffering",
    )),
    # ---- Coded words and community slang for suicide ----------------------------------------
    Rule(CODED, "uses a slang word for suicide", (
        "k m s",
        "k y s",
        "un aliv(e|ed|ing)",
        "sewer slide",
        "sewer side",
        "ctb",
        "catch(ing)? the bus (for good|forever|tonight for good)",
        "self delete",
        "(delete|deleting) (<me>|my existence)",
        "yeet (<me>|my body) (off|out|into|in front)",
        "(to|going to|about to|might|should|could|will|il) rope(?! (in|into|them|me|you))",
        "rope (<me>|tonight|soon)",
        "toaster bath",
        "final exit",
        "(permanently|forever) log off",
        "my ideation|ideations? (is |s )?(back|bad|loud|worse)",
        "(passive|active) si|(my )?si (is|has been|s) (back|bad|loud|worse)",
        "log off (for good|forever|permanently)",
        "(to|going to|about to|might|should|will) off (<me>|himself|herself)",
    )),
    Rule(CODED, "talks about ending it all", (
        "(end|ending|ended|finish|finishing) (it|things|everything) all",
    )),
    # ---- Self-harm ---------------------------------------------------------------------------
    Rule(SELF_HARM, "mentions hurting themself", (
        "(punish|punishing) (<me>|himself|herself|themselves) (physically|by hurting)",
        "(want|wants|going|need|urge|urges|tempted|trying not|try not) (to )?(hurt|harm|injure) "
        "(<me>|himself|herself|themselves)",
        "(hurt|hurts|hurting|harm|harms|harmed|harming|hurted) (<me>|himself|herself|themselves|"
        "themself)",
        "self (harm|harming|harmed|harms|injury|injuring|injure)",
        "(relapse|relapsed|relapsing|urges?) (on |with |to )?(sh|self harm)",
        "sh (urges|again|scars)",
        "(my|the|got the|get the) sh (kit|box|stuff|blade|blades)",
        "sh (free|clean)|clean (from|of) sh|shd|sh ing",
        "(sh|self harmed|self harming) for the first time in",
        "(dig|digging|dug) my nails into (my )?(skin|arms?|legs?|hands?)",
        "(carve|carved|carving) ~ into (my )?(arms?|legs?|thighs?|skin|wrists?|stomach)",
        "(starve|starving) (<me>|himself|herself)",
        "(hit|hitting|punch|punching) (<me>|himself|herself) (until|till|til|again|hard)",
        "(burn|burning|burned|burnt) (<me>|himself|herself|themselves)",
        "(burn|burning|burned|burnt) (my|his|her|their) (arms?|legs?|skin|wrists?|thighs?|hands?)"
        "(?! (on|in|with) (the|a|some|hot) (oven|stove|hob|pan|kettle|grill|iron|tray|tea|coffee))",
        "(scratch|scratching|scratched|pick|picking|picked) (at )?(<me>|my skin|my arms|my legs) "
        "(raw|bloody|until|till|til)",
        "(until|till|til) (it|i|my [a-z]+) (bleed|bleeds|bled|start bleeding|starts bleeding)",
        "(blade|blades|razor|razors) ~ (only thing|helps|calms me|relief|again)",
        "(make|made|making|makes) (<me>|my arms|my skin) bleed",
    )),
    Rule(SELF_HARM, "mentions cutting", (
        "(cut|cutting|cuts) (<me>|himself|herself|themselves|themself)",
        "(cut|cutting) (my|his|her|their) (arms?|legs?|thighs?|skin|wrists?|stomach)",
        "cutting again",
        "(i|ive|i have|just) cut again",
        "cut again (last night|tonight|today|this morning|yesterday|deeper)",
        "(deeper|deep) (this time|cuts)",
        "(started|start|back to|went back to|urge to|urges to|want to|relapsed into|relapsed and|"
        "been|keep) "
        "(cut|cutting)(?! (back|down|costs|corners|ties|out|hair|losses|the|class|off|it|my (own )?"
        "(hair|hours|losses|budget|spending|expenses|costs|coffee|sugar|screen time|applications|"
        "resume|cv|nails|carbs)))",
        "(clean|cleaned) from (cutting|self harm|sh) (for|since)",
    )),
    # ---- A plan, a date, or means at hand ---------------------------------------------------
    Rule(PLAN, "talks about a plan or means", (
        "(saved|saving|stockpiled|stockpiling|hoarded|hoarding|stashed|"
        "stashing|been saving) (up )?(my |some |a lot of |enough |all my |all of my |his |her )?"
        "<pills>",
        "enough <pills> ~ (to die|to kill|to do it|to end it|to overdose|to od|to not wake up|"
        "to never wake up|saved|stashed|hoarded|put away)",
        "(have|has|got|keep|kept) <pills> (saved|stashed|hoarded|hidden)",
        "enough <pills> saved",
        "<pills> (are )?(all )?(in front of me|in my hand|lined up|counted out)",
        "(still )?(have|got) (the|my|those|these|all the|all my) <pills> (here|with me|next to me|"
        "in (my|the) (hand|drawer|bag|pocket|room))(?! (for|from|if|in case))",
        "(the|my) <pills> (are )?(still )?(here|right here|next to me|with me|"
        "in (my|the) (hand|drawer|bag|pocket))(?! (for|from|if|in case))",
        "(took|taken|swallowed|just took|have taken|ate|downed) (a (bunch|handful|lot|whole bottle|"
        "whole pack) of|all (my|the|of my|of the)|too many|the whole (bottle|box|pack) of|"
        "twenty|thirty|fifty|[1-9][0-9]+) <pills>",
        "(looking|staring|stare|look|looked|stared) at (the|my|all the|all my|those|these) <pills>",
        "(wrote|written|writing|write) (letters?|notes?) (to|for) (everyone i love|my (family|kids|"
        "parents|loved ones|children))",
        "(take|taking|swallow|swallowing) (all (my|the|of my|of the) <pills>|a whole bottle of|"
        "the whole bottle of|a (bunch|handful) of <pills>|too many <pills>)",
        "(suicide|goodbye) (note|notes|letter|letters)",
        "(goodbye|farewell|last) (note|letter|letters|message|messages|video) (to|for) "
        "(my )?(family|kids|parents|mom|mum|dad|wife|husband|partner|children|friends|"
        "loved ones|everyone i love)",
        "(giving|gave|give|given) away (all )?(my|his|her|their) (things|stuff|belongings|"
        "possessions|cat|dog|pets|books|clothes|plants|stuff)",
        "(giving|gave) (my|his|her|their) (things|stuff|belongings|possessions) away",
        "(giving|gave) away everything",
        "(bought|buy|buying|got|have|has|ordered|picked up|found) ~ (rope|noose)",
        "noose",
        "(bought|got|have|has|loaded|load|loading|cleaned|holding|own|borrowed) (a|my|the|his|her)"
        "( (dads|moms|fathers|brothers|husbands|wifes|partners))? <gun>",
        "(set|picked|chose|chosen|decided on) (a|the) (date|day|time) (to do it|to end it|to go|"
        "for it|when i)",
        "(know|worked out|figured out|decided|planned|planning|researched) (how|when|where) "
        "(i will|il|im going to|i am going to|i would|id|to) (end it|die|kill <me>|"
        "go through with it)",
        "(know|worked out|figured out|decided|planned) (how|when|where) (i will|il|im going to|"
        "i would|id) do it",
        "(have|got|made|making) a plan (to|for) (end|kill|die|do it|suicide)",
        "(said|saying|say|writing|wrote|written|write) (my )?(goodbyes|goodbye to everyone)",
        "affairs (are )?(all )?in order",
        "this is (goodbye|my last message)",
        "(goodbye forever|final goodbye|goodbye cruel world)",
        "my last (message|night alive|day alive|night on earth|day on earth)",
        "(put|putting|getting|get) my affairs in order",
        "(wrote|writing|updated|updating|made|making|drafted) (a|my) (will|wil)",
        "(standing|sitting|am|im|i am|stood|sat|was|went to|go to|going to) (on|at|up to) (the|a) "
        "(edge|ledge)(?! of)",
        "(standing|sitting|am|im|i am|stood|sat|was|went to|go to|going to) (on|at|up to) (the|a) "
        "(bridge|roof|rooftop|tracks|train tracks|cliff|top floor)(?! (terrace|bar|garden|deck|"
        "party|restaurant|pool|club|lounge|cafe|meeting))",
        "engine running ~ garage",
        "(hose|pipe|tube) (to|from|into|on) (the|my) exhaust",
        "(swallow|swallowing|swallowed|take|taking|took|down|downing) (everything|all|whatever) "
        "(in|from|is in) (the|my) (medicine cabinet|cabinet|pill box|bathroom)",
        "(find|found|finds|finding) my body",
        "my body (would|will|wont|might) be found",
        "(edge|ledge) of (the|a|my) (roof|bridge|building|cliff|platform|balcony)",
    )),
    # ---- Strong means questions: a crisis on their own ---------------------------------------
    Rule(MEANS, "asks about a lethal dose or a way to die", (
        "(lethal|fatal|deadly|toxic|overdose) (dose|doses|amount|quantity|level)",
        "(painless|quick|quickest|easiest|fastest|best|surest|peaceful|reliable|certain|simple) "
        "(way|ways|method|methods) to (die|go|end (it|my life|things)|kill (<me>|yourself|oneself|"
        "a person)|od|overdose|not wake up)",
        "how (to|do i|do you|can i|would i|could i|should i) (tie|make) a noose",
        "how (to|do i|do you|can i|would i|could i|should i) (overdose|od|die|drown(?! out)|"
        "hang (<me>|yourself|oneself))",
        "how (long|much time) (does it take|until|before|till|til) (you |i |a person )?(to )?(die|"
        "bleed out|drown|suffocate)",
        "how many <pills> (to|would|would it take to|does it take to|it takes to|it would take to|"
        "until|before) (die|kill|od|overdose|be fatal|be lethal|stop breathing)",
        "<pills> ~ (kill|kills) (you|me|a person|someone|somebody|an adult)",
        "(can you|could i|can i|would i) (die|overdose|od) (from|on) <pills>",
        "(die|dying) from (an )?(overdose|too many <pills>)",
        "(high|tall|far) enough to (die|kill|be fatal|not survive)",
        "(ways?|methods?) (to|of) (die|dying|end (it|my life)|kill <me>|commit suicide|suicide)",
        "(die|dying) (painlessly|peacefully|without pain)",
        "painless (death|suicide)",
        "(how much|how many) ~ (is|are|would be) (lethal|fatal|deadly)",
        "how (much|many) ~~ (it )?(would take|takes|will take|to) (to )?(die|kill <me>|overdose|od|"
        "be lethal|be fatal|not wake up)",
        "(which|what) (floor|height) (would|is|will) (be )?(fatal|enough|kill)",
    )),
)
