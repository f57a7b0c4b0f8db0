"""More quiet signs of risk, said without the usual words: hurting oneself by other means, things
put in order for after, a chosen place or day, worry about someone who says they don't belong
here, and dying put as a joke about job applications.

Part of the crisis lexicon (see `bot.safety.lexicon` for the pattern syntax and rule kinds); it
extends `bot.safety.quiet_cues`. Every rule here is `possible`: each sign can have an everyday
reading ("asking my sister to take my cat", "picked the spot"), so the person is asked directly
rather than given the full crisis response, and a "no" goes straight back to where they were.
"""

from __future__ import annotations

from bot.safety.lexicon import PASSIVE, PLAN, SELF_HARM, SOMEONE_ELSE, Rule

RULES: tuple[Rule, ...] = (
    Rule(SELF_HARM, "may be hurting themself", (
        "(normal|ok|okay|weird|bad|wrong) to (want to )?(hurt|cut|harm|burn) (yourself|<me>)",
        "(old )?scars ~~ (new ones|fresh ones|new cuts|fresh cuts)",
        "(patch|patches|clump|clumps|chunk|chunks|handful|fistful) of (my )?hair",
        "(hot|boiling|scalding) (tap|water|pan|iron|stove|kettle) ~~ (as long as|until|till|til"
        "|on purpose|to feel)",
        "dig (my )?nails (in|into)|digging (my )?nails (in|into)|dug (my )?nails (in|into)",
        "(i|sometime i|sometimes i) (cut|burn|scratch|hit) my (hand|hands|arm|arms|wrist|wrists"
        "|leg|legs|skin|thigh|thighs) (again |yesterday |today |last night |this morning )?"
        "(when|after|every time|each time|whenever) (i|they|it)",
        "(i want|i wanted|i need|i needed) (it|this) to hurt(?! (him|her|them|you))",
        "relapsed(?= [.,]|$)",
    ), kind="possible"),
    Rule(PASSIVE, "may be tired of living", (
        "(better|fine|easier|happier|ok|okay) ~~ (if|when) i (wasnt|werent|was not|were not)"
        " (in the picture|around|here|in (their|the|his|her) (way|lives|life))",
        "(tired|sick|exhausted|weary) of being (a person|a human|human|a human being|a body"
        "|a living thing|alive)",
        "(not|never) meant to (be here|be alive|be born|exist|be on this earth)",
        "<iam> (so |such |only |just |the |big )?burden (for|to|on) (my|everyone|everybody|them"
        "|him|her|all)",
        "(world|everyone|everybody|life) (would|will|could) (keep|go on|carry on"
        "|spin) ~ without me",
        "(wish|want|wanted) (i could|to) (just )?disappear (forever|for good|completely|for real"
        "|from (this|the) (world|earth|planet)|and never come back)",
        "(meet|see|join) my ancestors (early|soon|tonight|already|now)",
        "(touch grass|chill|rest|relax|chilling|resting) from six feet under",
        "i (might|may|probably|prob) (not|wont) be (around|here|alive) (for it|for that|by then"
        "|to see (it|that|the end|next)|much longer|anymore|any more)(?= \\.|$| lol| haha| tbh)",
        "(my )?life insurance (\\w+ ){0,3}(pays|pay|paying|worth|is) (out )?more than",
    ), kind="possible"),
    Rule(PLAN, "may be putting things in order", (
        "(asking|ask|asked|told|tell|telling|message|messaging|write|writing) (her|him|them"
        "|my \\w+) (to|if (she|he|they) (can|could|would)) (take|keep|look after|have"
        "|adopt) my (cat|cats|dog|dogs|pets?|hamster|rabbit|bunny|bird|parrot|kitten|puppy)"
        "(?! (while|for|this|next|when|during|over|until|on|at|tomorrow|tonight|today))",
        "(wrote|writing|written|left|leaving) (everyone|everybody|each of them|all of them"
        "|them all|my (sister|brother|mom|mum|mother|dad|father|daughter|son|kids|children|wife"
        "|husband|partner|family|friend|best friend|girlfriend|boyfriend|parents|neighbou?r"
        "|cousin|roommate|flatmate)) (a )?(little |short |last )?(letters?|notes?|cards?)",
        "if i (dont|do not|never|stop|cant) (write|message|text|reply|answer|come back|show up"
        "|log in|check in) (tomorrow|again|after (today|tonight)|anymore)",
        "(sent|send|sending|gave|give|giving|left|leaving|passed) (to )?my (sister|brother|mom"
        "|mum|mother|dad|father|daughter|son|wife|husband|partner|best friend|girlfriend"
        "|boyfriend|parents|cousin) ~ (logins?|passwords?|pins?|bank details|account details"
        "|access codes)",
        "(logins?|passwords?|pins|bank details|account details) ~~ (to|for|with) my (sister"
        "|brother|mom|mum|mother|dad|father|daughter|son|wife|husband|partner|best friend"
        "|girlfriend|boyfriend|parents|cousin)",
        "(cancelled|canceled|cancelling|canceling|closed|closing|ended) ~ (phone|contract"
        "|contracts|gym|subscriptions|accounts|lease).* (everything|all|its all) (is |s )?(sorted"
        "|settled|in order|taken care of|done|tidy)",
        "(wont|will not) need (anything|any of (it|this|that|them)) (anymore|any more|after)",
        "(returned|returning|gave back|giving back|give back|paid back|paying back) (everything"
        "|all (the )?(stuff|things|money)|what) (i|id) (borrowed|owe|owed)",
        "(recorded|recording|filmed|filming|made|making) (a|an) (audio|video|voice) (message|note"
        "|clip)? ?(for|to) my (sister|brother|mom|mum|mother|dad|father|daughter|son|kids"
        "|children|wife|husband|partner|family|friend|best friend|girlfriend|boyfriend|parents"
        "|neighbou?r|cousin|roommate|flatmate) (to (watch|hear|listen|see|open)|for when"
        "|for after|when (she|he|they) (grows?|grew|is|are) (up|older))",
    ), kind="possible"),
    Rule(PLAN, "may have chosen a place or a day", (
        "(collecting|saving|saved|stockpiling|stockpiled|hoarding|gathering|stashing|stashed"
        "|keeping|kept) (up )?(\\w+ ){0,3}(prescriptions|<pills>)(?! (for|from) (the|a|my) "
        "(trip|holiday|vacation|travel))",
        "(lie|lay|lying|laying) down (in|on) (the )?(road|street|highway|tracks|motorway"
        "|railway|train tracks)",
        "(sitting|sat|sits|sit) (\\w+ ){0,3}(in|inside) the garage (\\w+ ){0,3}(car|engine|motor)"
        " (running|on)",
        "(bridges?|buildings?|roofs?|car parks?|parking garages?|platforms?|stations?) ~ (no|"
        "without|dont have|do not have|doesnt have|with no) (nets?|fences?|barriers?|railings?"
        "|screens?)",
        "(train|trains|express|freight) ~~ (doesnt|does not|dont|wont|never) (stop|slow)( down)?"
        ".* (checking|check|checked|timetable|schedule|what time|tonight)",
        "(finish|end|stop) (everything|all|it all|my life) (tonight|today|tomorrow|now|soon)",
        "(sat|sit|sitting|stood|stand|standing|climbed|climbing) (on|over) (the|a|its) (railing"
        "|ledge|parapet|edge of the roof|barrier) (for (a while|an hour|ages|a long time|hours)"
        "|and (looked|stared|thought)|looking down|staring down|again)",
        "(lined|lining|line|laid|laying|lay) (\\w+ ){0,4}(bottles|<pills>) (\\w+ ){0,3}(up|out)"
        " (on|in front of)",
        "(bottles|<pills>) ~~ (lined|laid) (them|it|everything|all of them) (up|out) (on|in front"
        " of)",
        "(already )?(picked|chosen|chose|choose|found|decided on|set) (a|the|my) (spot|place|date"
        "|day|time|way|method)(?! (for|of|to) )",
        "(drove|went|walked|been|keep going|kept going|go|going|went back) (out |up |back "
        "|down )?to (the|a) (cliffs?|bridge|quarry|ledge|railway|tracks|viaduct|overpass|rooftop"
        "|roof|car park).* (sat|sit|sitting|stood|stand|standing|stared|staring|looked|looking"
        "|going back|again|tomorrow|tonight|every)",
        "(checking|checked|measuring|measured|googling|googled|looking up|looked up) how (high"
        "|tall|far down|many floors) (my|the|our|this|that) (balcony|roof|building|bridge|window"
        "|flat|apartment|car park|parking garage) (is|goes)",
    ), kind="possible"),
    Rule(SOMEONE_ELSE, "may be worried about someone else", (
        "(long|weird|strange|sweet|loving|odd) (message|text|letter|voice note) (about|saying)"
        " (how much|that) (i|we|they|everyone) (mean|meant|matter|mattered)",
        "(told|telling|tells) me ~~ (not to|i shouldnt|i should not|to stop|theres no need to"
        "|i dont need to|i dont have to) worry(ing)? (about (him|her|them) )?(anymore|any more)",
        "(he|she|they|my \\w+) ~~ (been )?(looking at|staring at|visiting|going to|went to"
        "|drives to|drove to|walks to|walked to) the (cliffs?|bridge|quarry|ledge|railway|tracks"
        "|viaduct|overpass|rooftop|roof|car park).* (never|not like|worried|scared|weird|strange"
        "|odd)",
        "(he|she|they) (said|says|told me|texted|wrote|keeps saying) ~~ (not meant to be here"
        "|shouldnt be here|wont be here|will not be here|not be here much longer|be gone soon)",
    ), kind="possible"),
    Rule(PASSIVE, "may be joking about dying", (
        "(checking|check|checked|clocking|clock|clocked|logging|log) out (early(?! (today"
        "|tomorrow|tonight|on|for|from|to|this|because|so|at|again))|for good|permanently"
        "|of life)",
        "(only|last) (company|place|employer|one|job|offer) (that|who|which) (wants|will take"
        "|would take|would hire|will hire|hires|is hiring) me (is|s) (the |a )?(funeral home"
        "|morgue|cemetery|graveyard|grave|coffin|undertaker)",
        "(apply|application|applying|applications|applied|cv|resume) (to|for) (heaven|hell"
        "|the afterlife|the grave|the cemetery|the morgue)",
        "(hire|hires|hiring) ghosts.* (might be|could be|will be|ill be|il be|going to be) (one"
        "|a ghost)",
        "(be|become|becoming|applying to be|apply to be) a ghost (next|soon|permanently|for real"
        "|for good)",
    ), kind="possible"),
    Rule(PLAN, "may be asking about means", (
        "knot ~~ (hold|holds|support|supports|take|takes|bear|bears) ~ (weight|a person|a body"
        "|kg|kilos|lbs|pounds)",
        "(hold|holds|support|supports|take|takes|bear|bears) (a persons|someones|a human|an adults"
        "|a grown mans|a mans|a body|my body|my|his|her) (full )?weight",
        "(tracks|rails|railway|railroad|train line|bridge|roof|rooftop|cliffs?|overpass|viaduct)"
        " ~ (guarded|fenced|patrolled|monitored|watched|locked) (at night|after dark|overnight)",
        "(how long|how fast|how quickly) ~ (carbon monoxide|exhaust fumes|car exhaust|charcoal"
        "|helium)",
        "(painless|least painful|quickest|easiest|surest|peaceful) (way|ways|method|methods) for"
        " (a|the|my|his|her|your) \\w+ to (die|go|end it|not wake up)",
        "(the |my |a )?(rope|noose) (is|s|has been|been|sits|stays|still) ~ (in|on) (the|my)"
        " (trunk|boot|car|garage|closet|backpack)",
        "(planned|planning|plan|decided) to do it (after|once|before) ~ (birthday|wedding"
        "|christmas|holidays|graduation|party)(?!.* (i mean|quit|quitting|resign\\w*|apply\\w*"
        "|application|propos\\w*|moving))",
        "(does|would|will|is|do) (drowning|hanging|overdosing|an overdose|bleeding out|suffocating"
        "|carbon monoxide|getting hit by a train|being hit by a train) (hurt|painful|quick|fast)",
        "how (cold|deep|high|tall|far|long|many|much|fast) ~~ (to|so (you|i|they|a person|someone)"
        ") (not|dont|wouldnt|doesnt|never) (make it|survive|wake up|come back)",
        "(which|what) trains? (dont|do not|doesnt|does not|never) stop",
        "(express|freight|fast|high speed|intercity|through) trains? ~ (slow down|dont stop"
        "|doesnt stop|do not stop|does not stop|pass through|go through|without stopping)",
    ), kind="possible"),
    Rule(PASSIVE, "says they will not be a bother much longer", (
        "(wont|will not|not going to|wont have to|will not have to) (bother|trouble|burden"
        "|worry about) (you|us|anyone|any of you|you guys|you all|them|me) (much longer|for much"
        " longer|for long|soon)",
        "(soon|before long) (\\w+ )?(i|il|ill) (wont|will not|not) (bother|trouble|burden) (you"
        "|us|anyone|any of you)",
    ), kind="possible"),
)
