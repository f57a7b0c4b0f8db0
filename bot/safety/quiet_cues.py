"""Quiet signs of risk: hurt other than cutting, goodbyes by arrangement, means at hand, plain
questions about means, worry about someone else, and wishes to die said in a joke or in
broken English.

Part of the crisis lexicon (see `bot.safety.lexicon` for the pattern syntax and rule kinds).
These are the signs people give without the usual words: "punched the wall till my knuckles
split", "my cat goes to my neighbour, she knows", "what's the tallest building you can get onto
the roof of", "my husband has been looking up overdoses". A `crisis` rule here is a clear risk;
a `possible` rule is too ambiguous for the full crisis response on its own (a goodbye can be a
move, a gun at home can be a hobby), so it makes the message at least a possible risk: the bot
asks directly, and a "no" goes straight back to where the person was.
"""

from __future__ import annotations

from bot.safety import (
    coded_words,
    exit_figures,
    farewell_cues,
    final_cues,
    joke_cues,
    unsaid_cues,
    worry_cues,
)
from bot.safety.lexicon import PASSIVE, PLAN, SELF_HARM, SOMEONE_ELSE, Rule

_REL = (
    "(friend|mate|buddy|bestie|partner|husband|wife|boyfriend|girlfriend|bf|gf|brother|sister|"
    "son|daughter|dad|father|mom|mum|mother|colleague|coworker|co worker|roommate|flatmate|"
    "cousin|uncle|aunt|ex|fiance|fiancee|housemate|classmate|teammate)"
)
_BODY = "(arms?|legs?|thighs?|wrists?|skin|hands?|stomach|hips?|face|chest|knuckles)"
_THINGS = (
    "(laptop|guitar|records|vinyl|books|bike|car|console|playstation|ps5|xbox|camera|watch|ring|"
    "jewelry|jewellery|clothes|plants|cat|cats|dog|dogs|pets?|savings|things|stuff|belongings|"
    "collection|games|tools|piano|keys|passwords)"
)
_PETS = "(cat|cats|dog|dogs|pets?|hamster|rabbit|bunny|fish|bird|parrot|plants|kitten|puppy)"

_LOCAL = {"<rel>": _REL, "<body>": _BODY, "<things>": _THINGS, "<pets>": _PETS}


def _fill(rule: Rule) -> Rule:
    """`rule` with this module's own word lists (`<rel>`, `<body>`...) written out."""
    patterns = []
    for pattern in rule.patterns:
        for name, words in _LOCAL.items():
            pattern = pattern.replace(name, words)
        patterns.append(pattern)
    return Rule(rule.category, rule.reason, tuple(patterns), rule.kind)


_RULES: tuple[Rule, ...] = (
    # ---- Hurt other than cutting: hitting, burning, scratching, starving, relapse, urges -----
    Rule(SELF_HARM, "mentions hurting themself", (
        "(punch|punched|punching|hit|hitting|smash|smashed|smashing|bang|banged|banging|slam|"
        "slammed|slamming) ~~ (until|till|til) ~ (bled|bleed|bleeding|broke|bruised|split|"
        "cracked|swelled|swollen|numb|couldnt feel)",
        "(hit|hitting|hits|punch|punched|punching|slap|slapped|slapping|bash|bashed|bashing|"
        "beat|beating) <me>(?! up| over| about)",
        "(put|putting|puts|stub|stubbed|stubbing|press|pressed|pressing|held|hold|holding) ~ "
        "(cigarettes?|lighters?|lit match|matches|hot iron|hot spoon|curling iron|candle) ~ "
        "(on|to|against|into) (my|his|her) <body>",
        "(burn|burned|burnt|burning|burns) (on|all over|up and down) (my|his|her) <body>",
        "(scratch|scratched|scratching|claw|clawed|clawing|pick|picked|picking) (at )?(my|his|"
        "her) <body> (raw|bloody|open|until|till|til)",
        "(dont|do not|doesnt|does not) deserve to eat",
        "(dont|do not) deserve (food|dinner|lunch|breakfast|a meal|meals)",
        "(starve|starving|starved|not eating|stopped eating|stop eating|barely eating|skipping "
        "meals|skip meals|wont let <me> eat|not letting <me> eat) ~~ (punish|punishment|penalty|"
        "until i (get|find|land|deserve))",
        "(punish|punishing|punished) (<me>|my body) (by|with) (not eating|starving|hitting|"
        "burning|scratching|hurting)",
        "what i (did|do|have done|keep doing) to (my|his|her) (arms|wrists|legs|thighs|skin|body)",
        "(fresh|new) (cuts|scars|burns|marks|wounds) (on|all over) (my|his|her) <body>",
        "(urge|urges|itch|craving|cravings|tempted|want|wanting) (to )?(cut|burn|bleed|hit "
        "(<me>|my head)|scratch (<me>|my (arms|skin|legs)))(?! (my|the|our|back|down|costs|"
        "corners|ties|losses|out|off|it|that|this|them|bridges|everything|calories|fat))",
        "(the|my) (urges|urge) (are|is|s|have been|has been|came|come) (back|stronger|so strong|"
        "bad|worse|louder|loud)",
        "(bit|bite|biting|bitten) (into )?my (own )?(arm|arms|hand|hands|wrist|wrists|fingers?|"
        "leg|legs|lip) ~ (bruise|bruised|bruises|bled|bleed|bleeding|marks|hard|until|till|raw)",
        "(after|when|before|if|whenever|each time|every time) i (cut|cutting|burn|hit myself|"
        "scratch)(?= [.,]|$| (myself|again|tonight|today|last night|it helps))",
    )),
    Rule(SELF_HARM, "mentions a relapse", (
        "(i|ive|i have|i just|just|finally|almost|nearly|so i|and i|i) (relapsed|relapse)"
        "(?! (into|on|with) (smoking|drinking|vaping|junk|sugar|coffee|caffeine|procrastinat))",
        "(broke|broken|lost|ruined|reset|ended) (my )?(streak|clean streak|[0-9]+ (day|days|week|"
        "weeks|month|months) (streak|clean))",
    ), kind="possible"),
    Rule(SELF_HARM, "may be hurting themself", (
        "(hit|hitting|bang|banged|banging|bash|bashed|bashing|slam|slammed|slamming|smash|"
        "smashed) my head (against|on|into) (the|a|my) (wall|walls|desk|door|table|floor|mirror|"
        "steering wheel|wheel|window|dashboard|sink|fridge|car door)(?! (trying|with|over|about|"
        "for|to))",
        "(punch|punched|punching) (the|a) (wall|walls|mirror|door) (again|until|till|every|so)",
        "(hit|hitting|punch|punching|slap|slapping|scratch|scratching) my (own )?(head|face|legs?|"
        "thighs?|stomach|arms?)(?! (on|against|while|when|getting|as))",
        "(punish|punishing) (<me>|my body)(?! (for|by (applying|working|studying|reading)))",
        "(hide|hiding|cover|covering|covered) (up )?(the|my|his|her) (scars|cuts|marks|burns|"
        "bruises)",
        "(cut|cutting|burned|burnt|burning|hit|scratched) (my )?(arm|arms|hand|hands|leg|legs|"
        "wrist|wrists|skin|thigh|thighs) again(?! (while|when|chopping|cooking|slicing|making|"
        "opening|shaving|on (a|the)|with (a|the)))",
    ), kind="possible"),
    # ---- Goodbyes by arrangement: belongings, pets, last words ------------------------------
    Rule(PLAN, "sounds like a goodbye", (
        "(take care of|look after|feed|care for|walk) (my|the) <pets> (for me )?(when|after|once) "
        "(im|i am|i m|i was|ive) (gone|not here|not around|no longer (here|around))"
        "(?! (for|on|to|abroad|away|at))",
        "(sorted|settled|in order|arranged|ready|taken care of|paid off|done) (now )?before i go"
        "(?= [.,]|$| for good| forever)",
        "(wont|will not|dont|do not) need (it|them|these|this|those|any of (it|this|them|that)|"
        "my [a-z]+) where (im|i am) going",
        "(the )?last (time|thing|message) (you|anyone|anybody|people)( will| wil|ll|l)? (ever )?"
        "(hear|get|see) (from|of) me",
    )),
    Rule(PLAN, "may be saying goodbye", (
        "(gave|giving|give|given|left|leaving|leave) (my|his|her) <things> (to|away to) (my |his "
        "|her |the |a )?(little |big |younger |older |best )?(brother|sister|neighbour|neighbor"
        "|friend|mate|nephew|niece|cousin|flatmate|roommate|mum|mom|dad)",
        "(he|she|they|you|[a-z]+) can (have|keep) (all )?my <things>(?! (for|while|until|til|"
        "till|this|next|over))",
        "(rehome|rehoming|rehomed|found a (new )?home for|finding a (new )?home for|new home for|"
        "new owner for|new family for|someone to take) (my|the|his|her) <pets>",
        "(promise|please|make sure|need) ~ (take care of|look after|keep|feed) my <pets>"
        "(?! (this|next|while|for the|over|during|on))",
        "(wanted|want|just wanted) to say (bye|goodbye|thank you and goodbye)( to you| to everyone"
        "| for real| properly| to (something|someone|the (one|only) \\w+) (that|who) (was|has"
        " been|were) (nice|kind|good) to me)?(?= [.,]|$)",
        "(deleted|deleting|closed|closing|wiped) ~~ (accounts|social media|socials|profiles|"
        "instagram|facebook|everything online).*(bye|goodbye|last message|for good|tired)",
        "(last message|goodbye|bye).*(deleted|deleting|closed|closing|wiped) ~~ (accounts|"
        "social media|socials|profiles|instagram|facebook|everything online)",
        "(told|telling|tell) ~ (i love (him|her|them|you)) (and|,) (that )?(im|i am|i was) sorry",
        "(thanks|thank you) for everything ~~ (bye|goodbye|farewell|take care|for good|last|"
        "you were good|you were kind|youve been)",
        "(settling|settled|settle|tying up|tied up|tie up) (my )?(affairs|loose ends|accounts|"
        "debts)",
        "(last|final) (rejection|interview|application|message|email|text|birthday|christmas) "
        "(ill|il|i will|im going to|i am going to) ever (get|do|send|write|have|see)",
        "(signing|sign|logging|log|checking|check) (off|out) (for good|forever|permanently|"
        "for the last time)",
        "(if|when) (anyone|anybody|someone|somebody|you|people) (reads|read|find|finds) "
        "(this|these|my messages) (later|after|afterwards|one day|when im gone|tomorrow)",
        "(wont|will not) need ~ (anymore|any more|after (today|tonight|this))(?!.* (got|landed|"
        "accepted|signed|hired|offer|new job|start)(?![a-z]))(.*(thanks|thank you))",
        "(wanted|want|just wanted) to (say|tell you) (that )?(you were|youve been|you have been|"
        "you are) (kind|good|nice|great|lovely) to me",
        "(said|saying|say) (goodbye|bye|my goodbyes) to (the people (that|who) matter|everyone "
        "(i love|who matters|that matters)|the ones i love|my (family|loved ones))",
        "(wrote|written|writing|left|leaving) (letters|a letter|notes|a note|a message|messages) "
        "(to|for) (my|each of my|all my) (mom|mum|mother|dad|father|sister|brother|wife|husband|"
        "partner|kids|son|daughter|family|friends|parents|children|girlfriend|boyfriend)"
        "(?! (telling|about|asking|explaining|thanking|to (tell|ask|explain|thank)|"
        "for (her|his|their) birthday))",
        "see (you|ya|yall|you all|everyone) on the other side(?! of)",
        "(wont|will not) be (around|here|alive) (for|to see|to get|to read|to open|when) ~ "
        "(next|another|results|reply|offer|email|christmas|birthday|new year|summer)",
        "(paid|paying|pay) (back|off) (everyone|everything|all my debts|what i owe) ~~ "
        "(tidy|sorted|in order|before|done|ready|peace)",
        "see (you|ya|yall|you all) never(?! mind)",
        "(going|go|gone|went) away (tonight |today |now )?(, |[.] )?(for good|forever)"
        "( this time)?(?= [.,]|$)",
        "(bye|goodbye|farewell)( [.,])? (thanks|thank you) (so much )?for everything"
        "(?!.* (see you|talk|tomorrow|later|next|monday|soon))",
        "(wanted|want|needed|need) (someone|somebody|anyone|you) to know (that )?i (really )?"
        "(tried|did try|did my best|gave it everything)",
        "(the )?last time (ill|i will|im going to|i am going to|i|id|i would) (ever )?"
        "(need to |have to |want to |get to |be able to )?(talk|speak|write|reach out|come|turn)"
        " (to|here|back)"
        "( to)? ?(anyone|anybody|someone|somebody|a soul|you|people)?(?!.* (before|until|this"
        " week|today|about (this|that|it)|for (a while|now)))",
    ), kind="possible"),
    # ---- Means at hand, and plain questions about means -----------------------------------
    Rule(PLAN, "asks for a way that does not hurt", (
        "(fastest|quickest|easiest|least painful|simplest|surest) way (that|which) (doesnt|"
        "does not|wont|will not|wouldnt|would not) (hurt|hurts|be painful|fail)",
    )),
    Rule(PLAN, "may have means at hand or be asking about them", (
        "(keeps?|kept|has|have|theres|there is|got|ive got|we have|we got) (a |an |his |her |my |"
        "the |our |dads |uncles )?(hunting |old |loaded )?<gun> (in|at|under|inside|behind) "
        "(the|his|her|my|our) (house|home|basement|cellar|closet|wardrobe|drawer|garage|car|"
        "bedroom|safe|cabinet|flat|apartment|shed|attic|nightstand)",
        "(i have|i got|ive got|i still have|have|got) (so many|many|lots of|a lot of|plenty of|"
        "a whole (box|bottle|pack|drawer|stash) of|a (box|bottle|stash) of|boxes of|bottles of|"
        "enough) <pills>(?= [.,]|$| (here|at home|in (the|my)|saved|left|stashed|hidden|"
        "right now))",
        "how (many|much) <pills> ~ (is|are|would be|counts as|becomes) (dangerous|too many|"
        "too much|enough|bad|risky|fatal|deadly|lethal)",
        "(tallest|highest) <high> ~~ (roof|onto|get up|get on|up to the top|climb|jump)",
        "(looked|looking|look) up ~ (<gun> (shops?|stores?)|overdoses?|doses|<high>|ropes?|"
        "poisons?)",
        "<gun> (shop|shops|store|stores) ~ (near me|nearby|away|min|mins|minutes|down the road)",
        "(the|a|my|his|her) (<gun>|rope|noose|razor|razors|blade|blades) (is |are )?(right )?"
        "(here|next to me|with me|in my (hand|lap|pocket|bag|car|drawer|room)|on (my|the) "
        "(desk|table|bed|lap))(?! (for|because|since|as|from))",
        "freight trains? ~~ (come|comes|coming|pass|passes|go|goes|run|runs|through|by|at night|"
        "schedule|times)",
        "(buy|get|order|buying|getting) ~ (<pills>|sleep pills?) (without|no) (a )?prescription",
        "(buy|buying|bought|get|getting|got) ~ (<pills>|sleep pills?) (at|from|in) ~ (different|"
        "several|multiple|many|other|few|three|four|five) (shops|pharmacies|stores|chemists)",
        "(pharmacies|pharmacy|pharmacist|chemist|chemists) ~ (notice|track|check|limit)",
        "(buy|bought|buying|got|collected|collect) (many|lots of|a lot of|so many|loads of|boxes "
        "of|packs of) ~ (<pills>|sleep pills?)(?! (from|for|after) (the|my|a|his|her) )",
        "(how long|how much time) (does|would|will|to) (it )?(take )?(to )?(drown|bleed out|"
        "suffocate|freeze to death|hang|die)",
    ), kind="possible"),
    # ---- Worry about someone else ------------------------------------------------------------
    Rule(SOMEONE_ELSE, "worried about someone else", (
        "<rel> ~~ (researching|looking up|looked up|googling|googled|searching|searched|"
        "reading about) ~ (overdoses?|lethal|doses|how to die|<gun>|ropes?|nooses?|poisons?|"
        "ways to die|<high>)",
        "(goodbye|bye everyone|bye all|last post|last message|thanks for everything|"
        "see you on the other side|love you all|take care of everyone).*(cant reach|"
        "not answering|isnt answering|wont answer|not picking up|isnt picking up|no answer|"
        "phone (is )?(off|dead)|not replying|isnt replying|went quiet|gone quiet)",
        "found (him|her|them|my <rel>) (on|at|near) (the )?(roof|rooftop|edge|ledge|bridge|"
        "tracks|railway|cliff)",
        "(worried|scared|afraid|terrified) (that )?(he|she|they|my <rel>) (will|might|is going "
        "to|could|may|wil|s going to) (do something|hurt|harm|kill|end|not be)",
    )),
    Rule(SOMEONE_ELSE, "may be worried about someone else", (
        "(worried|scared|afraid) (about|for) (my )?<rel> ~~ (safe|safety|hurt|harm|"
        "something stupid|something drastic|not okay|not ok|talking weird|weird things)",
        "<rel> ~~ (keeps|kept|has been|been|started) (saying|talking about|joking about|"
        "posting about) ~ (dying|death|being dead|not being here|disappearing|ending it|"
        "not waking up|better off|the insurance)",
        "<rel> ~~ (giving|gave|started giving) (his|her|their) (things|stuff|tools|belongings|"
        "clothes|books|games) away",
    ), kind="possible"),
    # ---- A wish to die in a joke, in gaming words or in broken English ----------------------
    Rule(PASSIVE, "says they want to die", (
        "(i|me|i just|i really|i am|im|sometime i|sometimes i|really|she|he|they) (want|wants"
        "|wanna|need|go|going|say (she|he|they) want) (die|dead|to dead|be die)(?! (of|from"
        "|laughing|inside))",
        "(tired|tire|tiring) (to|for) (live|living)(?! (here|in|at|with|like))",
        "why (god )?(dont|not|doesnt|no|not just) (take|takes|taking) me",
        "(want|wanna|ready|wish i was|wish i were|belong|deserve) (to be )?(in the ground|"
        "six feet under|in a coffin|in the grave|in my grave)",
        "(il|i will|i would|id|i could) off (<me>)",
        "(better|best) (if )?(i|me) (die|dead|to die|be dead|am dead)(?! (of|laughing|inside))",
    )),
    Rule(PASSIVE, "may be joking about dying", (
        "(only|best|realistic|remaining|next|last|one) (career|career path|career plan|career "
        "move|plan|option|prospect|job prospect|way forward|exit strategy) ~ (is |s |:? )?(death|"
        "dying|to die|the grave|the cemetery|the void|six feet under|a coffin|unaliving)",
        "career (plan|path|move|goal) ~ (death|dying|die|the grave|the cemetery|coffin)",
        "(death|dying|the grave|the cemetery|the void) (is|s) (my|the) (only|best|last|one) ~ "
        "(career|option|way out|plan|prospect|path)",
        "(the )?void (sounds|looks|seems|feels) (nice|good|better|inviting|tempting|appealing|"
        "peaceful|cozy|comfy)",
        "(skip|no|without|dont|not) (the )?respawn",
        "(tired|sick|exhausted|weary) of (being here|being around|being me|being alive at all)"
        "(?! (at (this|the|my|work|home)|in|on|for|with|every|all day|waiting))",
        "no point (in|to) (much of )?(anything|everything)(?= [.,]|$| (anymore|these days|at all|"
        "now|really|any more))",
        "(think|thinking|thought) (about|of) (just )?(not stopping|not braking|stepping "
        "(out|off|in front)|swerving|letting go of the wheel|walking into (the )?(traffic|road))",
        "(want|need|wish) (it all|everything|all of it|the whole thing) to (stop|go away|be over)",
        "(not sure|dont know if|dont think|doubt) (i|if i) (want to|can|will) (keep going|go on|"
        "carry on|keep living|keep doing this)(?= [.,]|$| like this| much longer| anymore)",
        "(whats|what is|what) (even |still |really )?keeping me (here|alive|going|around)",
        "(death|dying|the grave|a coffin|the reaper|the void) (is|s) (the|my) only (offer|offers|"
        "callback|one|thing|interview|option)",
        "(dont|do not) (think i )?want to (stick|hang|be) around (to see|to find out|"
        "much longer|any longer|anymore|any more)",
        # wondering what the point of it all is, not of one task ("of applying")
        "(wonder|wondering|ask myself|asking myself|dont know|dont see|cant see) (what|whats) "
        "(even |really )?(the point|the use) (is|of (it all|any of it|anything|everything|living|"
        "life|going on|carrying on|being here))(?= [.,]|$| (is|anymore|any more|some days|now))",
        "(whats|what is) (even |really )?the point (anymore|any more|of (it all|any of it|"
        "anything|living|life|going on|being here)(?= [.,?]|$| anymore| any more))",
        # "here" may mean alive; "there" or "at that company" is a job or a place
        "(dont|do not|no longer) (really )?want to (stay|remain|keep being) here (anymore|"
        "any more|any longer|much longer)",
        # dying as the way out of the job hunt, in a joke: "if i die at least ...", the funeral
        "(if|when|once) (i|iam) (die|dead|gone|drop dead|croak)(?! (of|from|laughing|inside))"
        " ~ (at least|atleast|finally) ~ (wont|dont|never|no more|no longer|not|no)",
        "at least (death|dying|being dead|the grave|a coffin|heaven|the afterlife) (doesnt|"
        "wont|dont|does not|will not|has no|needs no|cant|never|asks for no)",
        "(wont|will not|doesnt|does not|cant) last( ,)? ~~ (neither|nor) (will|would|do|can) i"
        "(?= [.,]|$)",
        "(run|runs|running|ran) out ~~ (and )?so (do|will|did|would) i(?= [.,]|$| too| lol| haha)",
        "(retirement|pension) plan (is|s) ~ (not|never|dont|to not) (make it|making it|reach|"
        "reaching|get there|getting there|be around|being around|live|living)",
        "(heaven|the afterlife|saint peter|the grim reaper) (is|s|are) (hiring|recruiting|"
        "taking applications|has (an )?openings?)",
    ), kind="possible"),
)
RULES = (
    tuple(_fill(rule) for rule in _RULES)
    + unsaid_cues.RULES
    + final_cues.RULES
    + farewell_cues.RULES
    + joke_cues.RULES
    + worry_cues.RULES
    + exit_figures.RULES
    + coded_words.RULES
)
"""These rules, then the further quiet signs in `bot.safety.unsaid_cues`, `bot.safety.final_cues`,
`bot.safety.farewell_cues`, `bot.safety.joke_cues`, `bot.safety.worry_cues`,
`bot.safety.exit_figures` and `bot.safety.coded_words`."""
