"""Everyday phrases that contain a crisis cue word but are not about anyone's safety.

"This rejection is killing me", "career suicide", "I've been killing myself trying to get hired",
"cut myself some slack": `bot.safety.crisis` blanks these out before any lexicon rule runs, so the
cue word inside them never counts. A phrase is blanked only where it occurs, so a real cue
elsewhere in the same message is still found. Patterns use the lexicon syntax described in
`bot.safety.lexicon` (plain spelling, `~` for a few words, `<name>` for a shared word list).
Keep each idiom narrow: a broad one could hide a real crisis.
"""

from __future__ import annotations

IDIOMS: tuple[str, ...] = (
    # "that interview was suicide", "career suicide", "it would be suicide to email them"
    "(career|social|professional|political|financial|commercial|reputational|linkedin) suicide",
    "(was|would be|be|its|thats|is) (basically |pure |total |literal |literally |like )?"
    "suicide(?= ([.,]|to|for|if|lol|haha)(?![a-z0-9])|$)",
    "suicide (squads?|missions?|runs?|sprints?|drills?|doors?|wings|burpees|bombers?|bombings?|"
    "attacks?|lanes?|king)",
    "suicide prevention(?! (hotline|line|helpline|number|lifeline))",
    # Over-work and laughing: "I've been killing myself trying to get hired"
    "(kill|killed|killing|kills) myself (laughing|lauging|with laughter)",
    "(killing|killed) myself with (these |those |the |all these |all the )?([0-9]+ )?"
    "(long |late |hour |[0-9]+ hour )*(hours|days|nights|shifts|overtime|work|applications|"
    "interviews|deadlines)",
    "(hurt|hurting) (myself|my self) by (not|being|overthinking|waiting|applying|staying|"
    "refusing|holding|doing)",
    "with a gun to my head",
    "(killing|killed) myself (trying|to get|to finish|to make|to meet|to hit|to impress|working|"
    "at work|with work|studying|on (this|that|these|those)|for (this|that|the|a|my|these|those) "
    "(job|jobs|company|team|boss|firm|role|people|deadline|project|place|degree|client))",
    "(want|wanted|wanting|going) to die (of|from) (embarrassment|shame|cringe|laughter|laughing|"
    "boredom)",
    "die (of|from) (embarrassment|shame|cringe|laughter|laughing|boredom)",
    # an embarrassing moment: "I wanted to die right there lol", "... I meant of embarrassment"
    "(wanted|want|wanting) to die ~ meant (of|from) (embarrassment|shame|cringe)",
    "(wanted|was ready) to die (right )?(there|then)( and then| on the spot)?(?= [.,]|$| lol| lmao"
    "| haha)",
    "rather (die|be dead) than (work|go back|apply|email|beg|ask|deal|talk|call|wear|sit|eat|use|"
    "pay|accept|sign|return|grovel|be seen|get caught|do|doing|redo|sit through|attend|take|"
    "face|write|have|spend|listen|explain|smile)",
    "could (literally )?sleep (forever|for a week|for days|for a year)",
    # Moving house and ending meetings or relationships
    "want to live (in|at|with|near|there|here|on|off|abroad|alone|somewhere|closer|downtown|by)",
    "(end|ending|ended) (it|things|everything) (with|on|there|at|by|before|early|properly|"
    "politely|nicely|well|gracefully|professionally|amicably)",
    "(company|firm|employer|department|project|startup|organi[sz]ation) ~ better off without me",
    "never wake up (on time|early|before|in time|til|until|at)",
    "dont want to be here (at|in|on) (this|the|a|my) (company|job|place|call|meeting|office|team|"
    "city|town|apartment|house|country)",
    # "kys" aimed at someone else is abuse, not a crisis about the writer
    "(you|ya|yall|go|recruiter|they|he|she|hr|manager|boss|interviewer|people) "
    "(should |can |could |need to |to |just |go )*kys",
    "([0-9]+ ?kms|kms (away|from|run|walk|drive|long|per))",
    "(water|nerf|glue|nail|toy|heat|spray|staple|hot glue|caulk|squirt|radar|paint|paintball|"
    "airsoft|smoking|top) <gun>",
    "(cut|cutting) (myself|me) (some slack|a break|off|out)",
    "cut myself (shaving|cooking|chopping|on (a|the|some)|by accident|accidentally)",
    "(hurt|injured|hurting) myself (at the gym|lifting|running|playing|skiing|snowboarding|falling|"
    "in a fall|on (a|the)|by accident|accidentally)",
    "(burn|burned|burnt|burning) myself (out|on (the|a|my)|cooking|by accident|with (the|a) "
    "(iron|stove|oven|kettle|pan|pot|tray|straighteners?|curling iron|hot [a-z]+)(?! on purpose))",
    "delete myself from",
    "(shoot|shot|shooting) myself in the foot",
    "hang myself out to dry",
    "drown(ing|ed)? myself in (work|coffee|tea|applications|paperwork|emails|chocolate|netflix|tv|"
    "games|books|study)",
    "(overdose|overdosed|overdosing|od|oded|oding) (on|of) (coffee|caffeine|espresso|sugar|"
    "chocolate|netflix|memes|cuteness|tv|linkedin|cover letters|energy drinks|red bull)",
    "(coffee|caffeine|espresso|sugar|energy drink|red bull) (overdose|od)",
    # A denial by manner: "not in a suicidal way, just in a need-a-nap way"
    "not (in|like) (a|that) (\\w+ )?(suicidal|dark|self harm|self harming|killing myself|"
    "wanting to die|death|dying) (way|sense|kind of way)",
    # Care work: "interview question: how do you handle a patient overdose?"
    "(patient|patients|client|clients) (overdose|overdoses)",
    "(overdose|overdoses|sobredosis|uberdosis) (\\w+ )?(of|in|de|di|d|bei|em|en) (a |an |un |una "
    "|um |uma |der |des )?(patient|patients|paciente|pacientes|paziente|pazienti|patienten|client)",
    "(take|taking|took) my (own )?life (back|in|into|to)",
    # Leaving a job: "said my goodbyes to the team", "farewell note to my colleagues"
    "(goodbye|goodbyes|farewell|farewells)( (note|notes|letter|letters|email|emails|message|"
    "messages|card))? (to|for|at) (my |the |our )?(team|coworkers|co workers|colleagues|manager|"
    "boss|clients|company|office|everyone at work|work)",
    "last (message|messages|email|emails|post|note) (to|for) (my |the |our )?(team|coworkers|"
    "co workers|colleagues|manager|boss|clients|office|everyone at work)",
    # A will made for a practical reason: "writing a will because my new job involves travel"
    "(writing|write|wrote|making|make|made|drafting|draft|updating|update) (a|my) will (because|"
    "since|as|for|before) ~ (job|travel|travels|travelling|trip|move|baby|wedding|mortgage|house|"
    "kids|surgery|marriage)",
    "(a|my) will ~ (template|lawyer|notary|solicitor)",
    # Networking advice: "don't burn bridges", "building bridges"
    "(burn|burning|burned|burnt|build|building|built) (my |the |any |your |those |these )?bridges",
    "(end|ending|ended) (it|things) (here |there )?for (today|now|the day|the night|tonight|"
    "the week|this week)",
    "<gun> (collection|collections|license|licence|safety|show|club|control|laws|violence)",
    "goodbye to (my|the|this|that) (old )?(career|job|company|industry|field|role|team|office|"
    "plan|commute|boss)",
    "(my )?last message (for|of) (today|now|the day|tonight|this week)",
    # Wishing death on someone else is anger, not a crisis (the draft review handles anger)
    "(hope|hoping|wish|wishing) (they|he|she|you|that recruiter|the recruiter|my boss|"
    "the interviewer|the hiring manager|them all|they all|that company|the company) "
    "(would |will |just |all |can |could )*(die|dies|drop dead|rot)",
    "(wish|wishing|wished) death (on|upon)",
    "death (metal|grip|grips|star|valley|toll|rates?|certificate|knell|trap|march|row|stare)",
    "hopeless romantic",
    # what a word said earlier meant: "when I said I wanted to die I meant the interview" (never
    # "I meant it")
    "(when|if) i (said|say|wrote|typed|told you) ~~ i (only |just )?(meant|was talking about|"
    "was referring to)(?! (it|that|every|exactly|literally|seriously))",
    "(tighten|tightening|tightens) the noose",
    # A rope or straps to move house or tie a load down: "buy rope and straps for moving"
    "(rope|ropes|straps)( (and|or) (straps|rope|ropes|bungees|bungee cords|tape))? (\\w+ ){0,2}"
    "(for|to) (the )?(move|moving|tie down|tie it down|strap down|carry|carrying|hold down|secure"
    "|load)",
    "(rope|ropes|straps) (\\w+ ){0,5}(mattress|furniture|boxes|sofa|couch|desk|car roof|roof rack|"
    "trailer|kayak|canoe|tent|boat)( (on|to|onto) (the|my|a) (car roof|roof rack|roof|car|van|"
    "trailer|truck))?",
    # The height of the place of an interview or a job: "how high is the building where the
    # interview is? i want to know if there's an elevator"
    "how (high|tall) is (the|this|that|their) (building|office|tower|place) (where|that|with) "
    "(the |my |our )?(interview|office|job|new job|meeting|company|team|assessment)",
    # Work that prevents overdoses: "applying for an overdose prevention program role"
    "(overdose|overdoses|suicide) (prevention|response|awareness) (program|programme|programs|role|"
    "job|team|service|services|unit|project|work|worker|workers|position|site|sites|center|centre|"
    "training|course|nurse|specialist|coordinator)",
)
