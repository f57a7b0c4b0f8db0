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
        "(needed|need|wanted|want) to feel (something|anything) (other than|but|besides|except)",
        "(i|sometime i|sometimes i) (cut|burn|scratch|hit) my (hand|hands|arm|arms|wrist|wrists"
        "|leg|legs|skin|thigh|thighs) (when|after|every time|each time|whenever) (i|they|it)",
        "(i want|i wanted|i need|i needed) (it|this) to hurt(?! (him|her|them|you))",
        "relapsed(?= [.,]|$)",
    ), kind="possible"),
    Rule(PASSIVE, "may be tired of living", (
        "(tired|sick|exhausted|weary) of being (a person|a human|human|a human being|a body"
        "|a living thing|alive)",
        "(not|never) meant to (be here|be alive|be born|exist|be on this earth)",
        "<iam> (so |such |only |just |the |big )?burden (for|to|on) (my|everyone|everybody|them"
        "|him|her|all)",
        "(world|everyone|everybody|life) (would|will|could) (keep|go on|carry on"
        "|spin) ~ without me",
    ), kind="possible"),
    Rule(PLAN, "may be putting things in order", (
        "(asking|ask|asked|told|tell|telling|message|messaging|write|writing) (her|him|them"
        "|my \\w+) (to|if (she|he|they) (can|could|would)) (take|keep|look after|have"
        "|adopt) my (cat|cats|dog|dogs|pets?|hamster|rabbit|bunny|bird|parrot|kitten|puppy)"
        "(?! (while|for (the|a|two|three|a few|the weekend)|this|next|when i|during|over|until))",
        "(wrote|writing|written|left|leaving) (everyone|everybody|each of them|all of them"
        "|them all|my (sister|brother|mom|mum|mother|dad|father|daughter|son|kids|children|wife"
        "|husband|partner|family|friend|best friend|girlfriend|boyfriend|parents|neighbou?r"
        "|cousin|roommate|flatmate)) (a )?(little |short |last )?(letters?|notes?|cards?)",
        "if i (dont|do not|never|stop|cant) (write|message|text|reply|answer|come back|show up"
        "|log in|check in) (tomorrow|again|after (today|tonight)|anymore)",
        "(sent|send|sending|gave|give|giving|left|leaving|wrote down|written down"
        "|passed) ~ (logins?|passwords?|pin|pins|bank details|account details"
        "|access codes)(?! (for|to) (the|a|my|this) (job|portal|application|interview|test|course"
        "|site|website))",
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
        "(he|she|they|my \\w+) ~~ (been )?(looking at|staring at|visiting|going to|went to"
        "|drives to|drove to|walks to|walked to) the (cliffs?|bridge|quarry|ledge|railway|tracks"
        "|viaduct|overpass|rooftop|roof|car park).* (never|not like|worried|scared|weird|strange"
        "|odd)",
        "(he|she|they) (said|says|told me|texted|wrote|keeps saying) ~~ (not meant to be here"
        "|shouldnt be here|wont be here|will not be here|not be here much longer|be gone soon)",
    ), kind="possible"),
    Rule(PASSIVE, "may be joking about dying", (
        "(apply|application|applying|applications|applied|cv|resume) (to|for) (heaven|hell"
        "|the afterlife|the grave|the cemetery|the morgue)",
        "(hire|hires|hiring) ghosts.* (might be|could be|will be|ill be|il be|going to be) (one"
        "|a ghost)",
        "(be|become|becoming|applying to be|apply to be) a ghost (next|soon|permanently|for real"
        "|for good)",
    ), kind="possible"),
)
