"""Cues that only count in context: means questions, distress and setbacks.

Part of the crisis lexicon (see `bot.safety.lexicon` for the pattern syntax and rule kinds).
A `contextual` rule (a question about bridges, pill counts or buying a gun; "I'm going to do it
tonight") is a crisis only when the same message, or the last 24 hours, showed distress, a job
loss or a rejection. `distress` (hopeless, worthless, a failure, can't go on) and `setback` (a job
loss or a rejection) are never a crisis on their own; they are what makes that context.
"""

from __future__ import annotations

from bot.safety.lexicon import DISTRESS, MEANS, PLAN, SETBACK, Rule

RULES: tuple[Rule, ...] = (
    Rule(PLAN, "says they will go through with it", (
        "(im|i am|i will|il|going to|about to|ready to|decided to|finally going to) (just )?"
        "(do it|go through with it) (tonight|today|now|soon|this weekend|tomorrow|finally)",
        "go through with it",
        "(its |it is )?time (for me )?to go(?= [.,]|$)",
        "(want|going|about|ready|gona|need) to jump(?= [.,]|$| tonight| now| today)",
    ), kind="contextual"),
    Rule(PLAN, "mentions getting pills", (
        "(bought|buying|stocked up on|stocking up on|ordered|got) ~ (sleeping pills|painkillers|"
        "pills|tylenol|paracetamol|acetaminophen)",
    ), kind="contextual"),
    # ---- Means questions: a crisis after distress, a job loss or a rejection -----------------
    Rule(MEANS, "asks about high places", (
        "(tallest|highest) <high>",
        "<high> (taller|higher) than",
        "<high> (is|are) the (tallest|highest)",
        "<high> (taller|higher|over|above|more than|at least) (than )?[0-9]",
        "<high> (near me|nearby|around here|with roof access)",
        "how (high|tall) (is|are|does|do|would|was) ~ <high>",
        "how (high|far|tall) ~ (fall|falls|drop|jump)",
        "(fall|falling|jump|jumping|drop) (from|off) ~ (floors|stories|storeys|meters|metres|"
        "feet|high)",
        "(survive|survivable|survived) ~ (fall|falls|drop|jump)",
        "how many (floors|stories|storeys) (would|does|do|to|until|before)",
        "(roof|rooftop) access (near|in|at)",
        "(which|what) <high> ~ (near me|nearby|around here|are open|have roof access)",
    ), kind="contextual"),
    Rule(MEANS, "asks about amounts of pills", (
        "how many <pills>",
        "(what|how much) (dose|amount) of <pills>",
        "(max|maximum|highest|largest|biggest) (dose|amount) of <pills>",
        "(mix|mixing|combine|combining|take|taking) <pills> (with|and) (alcohol|wine|vodka|beer|"
        "drinks|booze)",
        "<pills> (with|and) (alcohol|wine|vodka|booze) (how much|what happens|is it)",
        "(where|how) (can|do|could|would|to|should) (i )?(buy|get|order) ~ <pills> (without|no) "
        "prescription",
        "what (happens|would happen|will happen) (if|when) (you|i|someone|somebody|a person) "
        "(take|takes|took|swallow|swallows|swallowed|drink|drinks) (a whole|an entire|the whole|"
        "the entire|all|all the|a full) (bottle|pack|packet|box|sheet|strip|blister)",
        "(safe|ok|okay|dangerous|deadly|fatal|bad) to (take|swallow) ~ (at once|together|in one go"
        "|the whole (bottle|pack|box))",
    ), kind="contextual"),
    Rule(MEANS, "asks where to get a gun or rope", (
        "(where|how) (can|do|could|would|to|should) (i )?(buy|get|find|rent|borrow) ~ <gun>",
        "<gun> (shop|shops|store|stores|dealer|dealers|range|ranges) (near me|nearby|open|around)",
        "(buy|get) (a )?<gun> (today|tonight|fast|quickly|without|same day)",
        "(how long|waiting period) (to|for) (buy|get|buying|getting) (a )?<gun>",
        "(where|how) (can|do|could|to) (i )?(buy|get) (a )?(rope|noose|helium|charcoal)",
        "rope (strong enough|that can hold|to hold) ~ (weight|person|kg|lbs|pounds|me)",
        "how much weight (can|does|will) (a )?rope",
    ), kind="contextual"),
    Rule(MEANS, "asks about trains, water or gas", (
        "(which|what|when) (trains?|express trains?) (dont|do not|doesnt) stop",
        "how fast (do|does) (the )?(trains?|subway|metro|express) (go|pass|run) (through|past)",
        "carbon monoxide ~ (how long|how much|take|car|garage)",
        "how (deep|cold) is (the )?(river|lake|water|bay|harbor|harbour|ocean|sea)",
    ), kind="contextual"),
    # ---- Distress: a lesser signal, remembered for 24 hours ----------------------------------
    Rule(DISTRESS, "sounds hopeless", (
        "hopeless(ness)?",
        "(no|lost (all )?|without|losing|lost my) hope",
        "nothing (matters|will ever change|ever changes|will get better|ever works)",
        "no future",
        "nothing left for me",
        "(never|not ever) (going to|gonna|gona) (get|find) (a|another|any) job",
        "(nobody|no one) (will|wants to|is (ever )?going to) (ever )?hire me",
        "(whats|what is) the point( of anything| of trying| anymore)?(?! (of|in) (the|a|an|your|"
        "that|these|those) )",
        "(theres|there is|there isnt|no) (no )?point (anymore|in anything|in trying|to anything)",
        "(life|my life|everything) (is|feels) (over|ruined|pointless|meaningless|empty|hopeless)",
    ), kind="distress"),
    Rule(DISTRESS, "feels worthless", (
        "worthless",
        "(<iam>|i feel|feel) (so |completely |totally |utterly |just |such )?(useless|pathetic|"
        "a waste of space|a waste of air|a loser|nothing|good for nothing)",
        "(i )?hate (<me>|my life|who i am)",
        "(<iam>|i feel|feel like) (a |such a )?burden",
        "what is wrong with me",
        "whats wrong with me",
    ), kind="distress"),
    Rule(DISTRESS, "feels like a failure", (
        "(<iam>|feel like|i feel like|such|what|a total|a complete|an utter|am) (a |an )?"
        "(total |complete |utter |absolute |huge )?failure",
        "(failed|fail|failing) at (everything|life)",
    ), kind="distress"),
    Rule(DISTRESS, "says they can't go on", (
        "(cant|cannot|can not) (go on|keep going|do this|take (it|this|any more|anymore)|"
        "handle (it|this)|cope|carry on|keep doing this|live like this|go on living|"
        "keep living like this)",
        "(give|giving|gave) up on (everything|life|myself|it all)",
        "i give up",
        "(done|finished) with (everything|life|it all|all of it)",
        "(so )?tired of (everything|trying|all of this|fighting)",
        "(empty|dead|broken|dying) inside",
        "(i feel|feel|im|i am|feeling) (so |completely |totally )?numb",
        "trapped",
        "no way out",
        "falling apart",
        "(cant|cannot) stop crying",
        "(want|need) (the pain|it|this|everything) to stop",
        "kill me now",
        "(want|wanna) to (disappear|vanish|crawl into a hole)",
    ), kind="distress"),
    # ---- Setbacks: a job loss or a rejection, remembered for 24 hours ------------------------
    Rule(SETBACK, "mentions losing a job", (
        "(lost|losing|lose) (my|a|the|our) (job|work|position|role|contract|income|livelihood)",
        "(got|been|was|were|am|being|get|just got|im|getting) (fired|sacked|let go|laid off|"
        "made redundant|terminated|dismissed)",
        "laid off",
        "layoffs?",
        "redundan(t|cy)",
        "unemployed",
        "jobless",
        "out of (a )?(job|work)",
    ), kind="setback"),
    Rule(SETBACK, "mentions a rejection", (
        "(got|been|was|am|im|get|getting|keep getting|just got) (rejected|turned down|ghosted|"
        "passed over)",
        "rejections?",
        "rejected",
        "(didnt|did not|wont|not|never) (get|got) (the|this|that|a|an|another|any) (job|offer|role|"
        "position|internship|interview)",
        "(went|going|go|decided to go|moved forward|move forward|proceed|proceeding) with "
        "(another|a different|other|someone else|a stronger)",
        "(another|yet another|one more) no",
    ), kind="setback"),
)
