"""The quiet lash-outs: polite-sounding lines that still read as a jab, a parting shot or a threat.

Rule families added to the loud ones in `draft_rules`: `passive` (passive-aggressive formulas:
"per my last email", "as I'm sure you know", a bare "Noted.", a winking ";)"), `bridge`
(bridge-burning: "never contact me again", "lose my number", telling others not to apply),
`ill_will` (wishing them harm: "hope your company fails", karma), `entitlement` ("I deserved that
job", "you made a huge mistake", "your loss"), plus more `sarcasm` ("wow, what a professional
process", scare quotes) and `threat` (reviews, going public, lawyers, claims, labour boards,
screenshots kept "for the record"). Each pattern is written to leave the firm but polite reply
alone: asking why, stating facts calmly, asking for feedback, honest disappointment, following up
on a timeline.
"""

from __future__ import annotations

import re


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


_YOU = r"(?:you|your (?:\w+ ){0,2}|the (?:company|team|business|firm)|they|them)"
_POSITIVE = (
    r"(?:professional|great|wonderful|fantastic|lovely|smooth|respectful|efficient|organi[sz]ed"
    r"|thoughtful|considerate|classy|brilliant|amazing|excellent|stellar|impressive|warm"
    r"|welcoming|transparent|fair|caring|human|personal|delightful|fun|pleasant)"
)

SARCASM = _rx(
    r"(?:wow|oh|gee|golly|well)[,.!]* (?:what|such) an? (?:\w+ )?" + _POSITIVE,
    r"(?:how|real|super|such an?) " + _POSITIVE + r"(?: of (?:you|your \w+)| (?:move|behaviou?r))",
    r"(?:(?<=^)|(?<=[.!?] ))(?:very|so|real|super|truly|really) " + _POSITIVE + r"[.!]",
    r"(?:very|so|real|super|truly|really) " + _POSITIVE + r"!{2,}",
    r"(?:thanks?|thank you)(?: so much| a lot| very much| again)? for (?:the )?(?:radio silence"
    r"|silence|runaround|form (?:letter|email|rejection)|generic|automated|canned|copy[- ]paste"
    r"|two[- ]line|one[- ]line|(?:\w+ )?ghosting|stringing|absolutely nothing|precisely nothing"
    r"|not (?:bothering|replying|responding|getting back|reading|telling))",
    r"(?:thanks|thank you) for (?:finally|eventually|at last)",
    r"(?:nice|kind|good|generous|decent|big) of you to (?:finally|eventually|at last|even)",
    r"(?:only|just) took you (?:\w+ ){0,2}(?:days|weeks|months|years)",
    r"took you long enough",
    r"better late than never",
    r"what an honou?r",
    r"(?:i|we) (?:really |just |absolutely |totally )?(?:love|loved|adore|enjoyed?) (?:how|that"
    r" you|the way you|being (?:treated|kept|made|left))",
    r"(?:(?<=^)|(?<=[.!?] ))(?:great|amazing|stellar|top[- ]notch|world[- ]class|a\+|10/10"
    r"|five[- ]star|5[- ]star) (?:communication|ghosting|follow[- ]up|feedback|process|work|job)"
    r"(?: there)?[.!]",
    r"(?:great|nice|good|fantastic|brilliant|stellar|wonderful|excellent|awesome|amazing)"
    r" (?:job|work) (?:on |at |with )?\w+ing",
    r"oh,? wait",
    r"bravo",
    r"kudos(?: to you)?(?= for (?:wasting|ghosting|ignoring|the))",
    r"gold star",
    r"golf clap",
    r"(?:round of )?applause",
    r"what a (?:shock|surprise|joke|shocker|twist)",
    r"shocking(?:, I know)?[.!]",
    r"who (?:would have|could have|would've|could've) (?:thought"
    r"|guessed)",
    r"(?:reject\w*|turned down|no (?:reply|response|answer|word)|ghost\w*|heard nothing"
    r"|not selected|after (?:\w+ ){0,2}(?:weeks|months|rounds|interviews))[^.!?\n]{0,80}[.!?]+"
    r"\s+(?:cool|great|nice|lovely|wonderful|fantastic|brilliant|perfect|amazing|awesome|super"
    r"|neat|classy|charming|terrific|splendid|outstanding|good times|fun)[.!]+",
    r"color me (?:surprised|shocked)",
    r"colour me (?:surprised|shocked)",
    r"so-called",
    r"(?:your|the|a|this|that|so|my|with) ['\"](?-i:[a-z][\w-]*(?: [a-z][\w-]*){0,2})['\"]",
    r"(?:nice|good) to know (?:how (?:much|little)|what (?:my|you)|that (?:my|you|i|after))",
    r"always a pleasure (?:to be|being)",
    r"i(?:'m| am) (?:so |truly |really )?(?:honou?red|flattered) (?:that )?you (?:even|finally)",
    r"(?:clearly|obviously) (?:you|your \w+|someone|they|nobody|no one) (?:didn't|did not|don't"
    r"|never|wasn't|weren't|can't|couldn't|had no|have no|prefer)",
    r"apparently (?:\w+ ){0,5}(?:isn't|wasn't|aren't|weren't|is not|was not|doesn't|didn't|not|too"
    r"|only|enough)",
    r"guess (?:i|my) (?:\w+ )?(?:wasn't|was not|am not|'m not|weren't) (?:\w+ )?enough",
    r"(?:(?<=^)|(?<=[.!?] ))(?:nice|cool|lovely|classy|brilliant|charming|wonderful)[.!]+\s+"
    r"(?:\w+ )?(?:rejected|ghosted|turned down|dumped)",
    r"did (?:a human|a real person|an actual (?:human|person)|anyone|anybody|a person) (?:even"
    r"|actually|ever) (?:look|read|open|glance|check)",
    r"(?:honestly|frankly|truly|pretty|quite|really|so) embarrassing",
    r"embarrassing for (?:a|an|such a|the) (?:\w+ )?(?:company|firm|business|organi[sz]ation"
    r"|team|brand|employer)",
    r"are (?:you|u) (?:serious|kidding(?: me)?|joking)(?: right now)?\W*(?:\?|!)",
)

PASSIVE = _rx(
    r"(?:as )?per my (?:last|previous|earlier|prior|original|first) (?:\w+ )?(?:email|e-mail"
    r"|message|note|mail|reply|response|letter)",
    r"as (?:i(?:'ve| have)? )?(?:already|clearly|previously|repeatedly) (?:said|stated|mentioned"
    r"|explained|told you|noted|pointed out|asked)",
    r"as (?:previously|already|clearly) (?:stated|mentioned|explained|noted|discussed)",
    r"as i(?:'m| am) sure you(?:'re| are)? (?:know|aware|remember|understand|realise|realize"
    r"|noticed|can see|can imagine)",
    r"as you (?:well|surely|must|should) (?:know|be aware)",
    r"as you are well aware",
    r"as you (?:may|might|should|will) (?:recall|remember|have noticed)",
    r"for (?:the|your) (?:umpteenth|nth|hundredth|last) time",
    r"(?:asking|telling|saying|repeating|asked|told|said)(?: you| this| it){0,2} for the"
    r" (?:second|third|fourth|fifth) time",
    r"just to (?:reiterate|be (?:crystal )?clear|remind you)",
    r"to reiterate",
    r"(?:(?<=^)|(?<=[.!?] ))(?:noted|duly noted|fine|okay then|ok then|whatever|k)\s*[.!]+"
    r"(?=\s*$|\s+[A-Z])",
    r"duly noted",
    r";-?\)",
    r"😉|🙃|🙄|👏|😒|🤡|💅|😏",
    r"smh",
    r"smdh",
    r"(?:good|best of|lots of|all the) luck (?:with|to) (?:(?:that|this)(?=\s*[.!;,)]|\s*$)"
    r"|you with that|your (?:choice|decision|pick|'|\")|the (?:cheaper|younger|internal|inferior"
    r"|junior) )",
    r"(?:good|best of) luck(?: to you)?[,.]* you(?:'ll| will|'re going to| are going to) need it",
    r"(?:good|best of) luck (?:ever )?finding (?:anyone|someone|somebody|a better|better|another)",
    r"i(?:'m| am) sure (?:that )?(?:you|your|the|they|he|she|it|this|whoever)[^.!?\n]{0,50}"
    r"(?:work(?:s)? out (?:great|fine|just fine|well|perfectly|brilliantly)|(?:be|are|is) (?:a )?"
    r"(?:just )?(?:great|perfect|wonderful|amazing|fantastic|brilliant|fine|thrilled|very happy)"
    r"(?: fit| hire| choice)?[.!]*(?:\s*$| for you| together)"
    r"|made the right (?:choice|decision|call)"
    r"|know (?:what you(?:'re| are) doing|best)|had your reasons|have your reasons)",
    r"hope (?:it|that|this|everything|things) (?:all )?works? out (?:for you|great|well for you)"
    r"(?:[^.!?\n]{0,10}[;:]-?\)|\s*\.\.\.|\s*🙂|\s*😉)",
    r"enjoy (?:your|the) (?:new (?:\w+ )?(?:hire|recruit|employee|candidate)|cheaper |younger"
    r" |mediocre |second[- ]choice |second[- ]best |inferior |'|\")",
    r"enjoy (?:explaining|training|babysitting|cleaning up|the silence|mediocrity)",
    r"(?:very |so |too |really |extremely )?busy (?:rejecting|ignoring|ghosting|deleting|losing"
    r"|forgetting|turning down|overlooking|dismissing|brushing off)\b",
    r"(?:counts?|counted) for (?:nothing|zero|nada|very little)",
    r"with (?:all )?due respect",
    r"no offen[cs]e,? but",
    r"not to be rude,? but",
    r"i don't mean to be rude,? but",
    r"just saying",
    r"just sayin'?",
    r"if you say so",
    r"(?:funny|curious|telling) (?:how|that) (?:you|your|the|a company|nobody|no one|someone"
    r"|they|i)",
    r"interesting how",
    r"interesting (?:choice|decision|priorities|approach)",
    r"some of us",
    r"call me old[- ]fashioned",
    r"(?:one|you) would (?:think|have thought|expect)",
    r"you'?d think",
    r"i (?:would have|would've|'d have) (?:thought|expected) (?:better|more|a company|that a)",
    r"i expected (?:better|more) (?:from|of)",
    r"speaks volumes",
    r"says (?:a lot|everything|it all)"
    r" about",
    r"tells me (?:everything|all) i need",
    r"(?:n't|not|never|even|actually|finally"
    r"|anyone|someone|nobody|no one|who) (?:\w+ )?bother(?:ed|s|ing)? to",
    r"if (?:you|anyone|someone) (?:had |has )?(?:actually|even|ever) (?:read|looked|bothered"
    r"|listened|checked|opened)",
    r"for (?:actually|finally) (?:reading|replying|responding|getting back|letting me know)",
    r"sleep well(?: at night| tonight)?",
    r"hope you(?:'re| are) (?:happy|proud|satisfied)",
    r"hope (?:it|that|they|he|she) (?:was|were|is|are) worth it",
)

BRIDGE = _rx(
    r"(?:never|don't|do not|please don't|please do not) (?:ever )?(?:\w+ )?(?:contact|email|call"
    r"|message|text|reach out to|ring|bother|approach) me(?: again| ever| about)?",
    r"never (?:want to )?(?:hear from|see|deal with) (?:you|your|any of you|anyone from)",
    r"(?<!could you )(?<!would you )(?<!please )(?:lose|delete|forget|shred|bin|burn) my"
    r" (?:number|email|details|cv|resume|résumé"
    r"|application|contact|info(?:rmation)?|file|name)",
    r"(?:remove|take|wipe|erase) me (?:from|off) (?:your|all your|every)[^.!?\n]{0,30}(?:forever"
    r"|for good|permanently|and never)",
    r"i(?:'ll| will| would)? never (?:\w+ )?(?:apply|work|buy|use|recommend|set foot|deal|consider"
    r"|trust|shop|interview|come back)[^.!?\n]{0,30}(?:again|you|your|here|there|this company"
    r"|that company)",
    r"(?:wouldn't|would not|won't|will not) (?:\w+ )?(?:work|apply|interview) (?:for|at|with|here"
    r"|there)[^.!?\n]{0,30}(?:if you paid|even if|again|ever|last company|last job|on earth)",
    r"(?:last|only) (?:company|employer|job) on (?:earth|the planet)",
    r"(?:tell|warn|advise|make sure|remind|encourage) (?:everyone|everybody|all (?:my|of my)"
    r"|people|my (?:network|friends|colleagues|contacts|students|followers|peers|classmates|team)"
    r"|others|other (?:candidates|people|applicants)|anyone|friends)[^.!?\n]{0,30}(?:not to"
    r"|never to|to stay away|to avoid|to steer clear|to run|to think twice)",
    r"warn (?:everyone|everybody|people|others|other|anyone|my|friends|future)",
    r"(?:stay|steer) (?:well )?(?:away|clear) (?:from|of) (?:you|your|this|that)",
    r"avoid (?:your (?:company|firm|team|business)|this company|at all costs)",
    r"(?:i(?:'m| am)|happily|gladly|consider(?: this)?) (?:happily |gladly )?burn(?:ing|ed|t)?"
    r" (?:this|the|that|my|every|a|all) bridges?",
    r"bridge (?:is )?burn(?:ed|t)",
    r"don't (?:even )?bother (?:replying|responding|answering|writing|contacting|getting back"
    r"|with|keeping|to (?:reply|respond|answer|write|contact|get back|keep))",
    r"don't (?:even )?bother[.!]",
    r"(?:i(?:'m| am)|we(?:'re| are)) (?:so )?done with (?:you|your"
    r"|this company|this place|the lot of you|all of you)",
    r"good riddance",
    r"(?:goodbye|bye|farewell) forever",
    r"have a nice life",
    r"you(?:'ll| will) never (?:hear from|see) me again",
    r"never hear from me again",
    r"last you(?:'ll| will) (?:ever )?hear from me",
    r"(?:blocked|blocking|unfollowed|unfollowing|muted) (?:you|your|the company)",
    r"i(?:'m| am| will|'ll) (?:be )?(?:blocking|unfollowing) ",
    r"(?:(?<=^)|(?<=[.!?] )|(?<=you can )|(?<=just )|(?<=so )|(?<=then ))keep your (?:stupid"
    r" |precious |lousy |little )?(?:job|offer|position|role|company|opinion|opinions|feedback"
    r"|apology|'|\")",
    r"shove it",
    r"stick it",
    r"(?:wouldn't|would not|won't|will not) (?:touch|go near) (?:you|your|this|that)",
    r"(?:withdraw|remove|take back)[^.!?\n]{0,20}(?:every|all) (?:my )?(?:applications?|referrals?"
    r"|recommendations?)",
)

ILL_WILL = _rx(
    r"hope (?:that )?(?:you|your|the|they|he|she|this|whoever|that|it)[^.!?\n]{0,40}?"
    r"(?:fail|fails|failing|go(?:es)? under|go(?:es)? bust|go(?:es)? bankrupt|bankrupt|crash"
    r"|crashes|burns?(?: down)?|collapses?|tanks?|folds?|sinks?|flops?|implodes?|rots?|suffers?"
    r"|miserable|struggles?|get(?:s)? fired|gets? what(?:'s| is) coming|gets? sacked|quits? on"
    r"|blows? up in|backfires?|comes? back to (?:bite|haunt)|regret|out of business|shuts? down"
    r"|screws? up|messes up|loses? (?:everything|clients|customers|money|your|their)|never find"
    r"|end up (?:alone|broke|jobless)|falls? apart|disaster|runs? out of (?:money|cash|funding"
    r"|runway|clients)|quits?|scrambling|lay(?:s)? (?:you|them) off|goes? belly up)",
    r"may (?:you|your (?:\w+ ){0,2}\w+) (?:all )?get (?:exactly )?(?:the same|what|the treatment"
    r"|a taste|treated)",
    r"karma(?:'s| is| will|'ll| has| always|,)",
    r"what goes around(?:,)? comes around",
    r"(?:you|they|your \w+)(?:'ll| will) get what(?:'s| is) coming",
    r"(?:you|they|your \w+) (?:all )?(?:will |'ll )?get what (?:you|they|it) deserves?",
    r"(?:you|they) deserve (?:to fail|to go under|whatever|everything that)",
    r"serves? you right",
    r"(?:may|hope) you (?:all )?(?:rot|suffer|burn|choke)",
    r"rot in hell",
    r"burn in hell",
    r"can't wait (?:to see|to watch|until|till|for) (?:you|your|the company|them|it)[^.!?\n]{0,30}"
    r"(?:fail|go under|crash|burn|collapse|bust|bankrupt|regret|fired|shut|disaster|sink|flop)",
    r"(?:i'll|i will|i'm going to) (?:be )?(?:laugh|laughing|smile|smiling|enjoy|celebrate"
    r"|watching) (?:when|as|while)",
    r"watch (?:you|it|them|your \w+) (?:fail|burn|crash|sink"
    r"|collapse|go under)",
    r"(?:you|your (?:\w+ )?(?:company|business|startup|firm|team|product)|they|the company)"
    r"(?:'ll| will| are going to|'re going to| is going to|'s going to) (?:\w+ )?(?:fail|go under"
    r"|go bust|go bankrupt|crash and burn|not last|be out of business|collapse|fold|sink|implode)",
    r"(?:won't|will not|wont|don't|do not) (?:even )?last (?:another|a|the|long|more than)",
    r"(?:your|their) days are numbered",
    r"(?:enjoy|good luck with) (?:going under|bankruptcy|the lawsuit|the layoffs|the downfall)",
    r"wouldn't wish (?:this|that|you) on",
)

_NOT_REPORTED = "".join(
    f"(?<!{verb} )(?<!{verb} that )"
    for verb in ("said", "says", "told me", "tells me", "called me", "assured me", "promised me",
                 "promised", "wrote", "mentioned", "thought", "felt", "believed", "claimed",
                 "was told")
)  # fmt: skip
"""Not after a reporting verb: "your recruiter said I was the perfect fit" quotes them; it is
not the person telling them they got it wrong."""
ENTITLEMENT = _rx(
    r"i (?:deserved?|earned|should have (?:got|gotten|had|been (?:given|offered))) (?:that|this"
    r"|the|an?|your)(?: \w+)? (?:job|role|offer|position|post|promotion|spot|seat)",
    r"i deserve(?:d)? (?:better|more|so much better|the (?:job|role|offer))",
    r"(?:the|that|this) (?:job|role|position|offer) (?:was|is|should have been|should be) "
    r"(?:mine|rightfully mine|mine by rights)",
    r"rightfully mine",
    r"you(?: made|'ve made| have made| are making|'re making) (?:a |the )?(?:huge|big|massive"
    r"|terrible|serious|grave|colossal|costly|biggest|real|awful|dreadful)? ?mistake",
    r"(?:this|that) (?:is|was) (?:a |the )?(?:huge|big|massive|colossal|costly|biggest|terrible"
    r"|serious|grave) (?:mistake|error|blunder)",
    r"(?:a|the) mistake (?:on your part|you'll"
    r"|you will)",
    r"you(?:'ll| will|'re going to| are going to) regret",
    r"your loss",
    r"(?:their|my next"
    r" employer's|someone else's|your competitors?'?s?) gain",
    r"you(?:'ll| will)? (?:never|not|won't) (?:find|get|see|hire|meet) (?:anyone|someone|another"
    r"|a better|a candidate|anybody|somebody)(?: \w+){0,3} (?:like me|as good|as qualified|better"
    r"|as talented|as experienced|of my)",
    r"don't (?:even )?know what you(?:'re| are|'ve|'re) (?:missing|losing|passed up|lost)",
    r"(?:you|your company) (?:missed out on|passed (?:up|on)|lost out on|let go of) (?:the best"
    r"|a (?:great|top|rare|real|brilliant)|someone (?:great|amazing|brilliant|special))",
    r"(?:lucky|fortunate|honou?red|privileged) to (?:have|get|even get) (?:someone like )?me",
    r"(?:should|ought to) (?:be|feel) (?:lucky|grateful|honou?red|privileged)",
    r"(?:too good|overqualified) for (?:you|your|this|that)",
    r"beneath me",
    _NOT_REPORTED
    + r"(?:i(?:'m| am)|i was) (?:clearly |obviously |by far |easily |far |much |way )?(?:the"
    r" )?(?:best|most qualified|strongest|better|more qualified|most experienced|ideal|perfect"
    r"|only real|obvious) (?:candidate|choice|fit|person|applicant)(?: (?:for|you|you'll|you will"
    r"|you've|you had|you interviewed|in))?",
    r"(?:more|better) qualified than (?:whoever|anyone|anybody|the person|them|him|her|your)",
    r"how (?:could|dare) you (?:possibly |even )?(?:not (?:hire|pick|choose|offer)"
    r"|pass (?:on|over)|reject|turn down)(?: someone like)? me",
    r"i can(?:'t|not) believe you (?:rejected|passed on|turned down|chose|picked|went with)",
    r"what (?:were|was) you(?:r \w+)? (?:thinking|smoking)",
    r"do you (?:even )?know who i am",
    r"(?:someone|a candidate|people|person) (?:of|with) my"
    r" (?:caliber|calibre|stature|standing|level)",
    r"my (?:caliber|calibre)",
    r"(?:someone|your competitors|another company|a better company) will (?:snap me up|be glad"
    r"|be happy|appreciate me|value me)",
    r"i (?:expect|insist) (?:you to|that you) (?:reconsider|reverse|change|rethink|offer|hire)",
)

THREAT = _rx(
    r"(?:leave|leaving|left|write|writing|wrote|post|posting|posted|put|putting)"
    r" (?:a |an |my |some |this |the |an honest |a full |a detailed )?"
    r"(?!(?:code|performance|peer|design|portfolio|literature|case) )(?:\w+ )?(?:review|rating"
    r"|thread|blog post|write-?up|account of (?:this|my|the|how))",
    r"(?:post|posting|share|sharing|tell|telling|write|writing|put|putting|blast|air|publish"
    r"|expose|talk(?:ing)? about|warn)[^.!?\n]{0,50}(?:on|to|across|all over|with)"
    r" (?:glassdoor|linkedin|twitter|x|reddit|tiktok|blind|facebook|instagram|threads|youtube"
    r"|indeed|trustpilot|my (?:\d+[km]? |\w+ )?followers|my (?:blog|podcast|newsletter|network"
    r"|channel|substack|audience)|the press|journalists|a journalist|the media|the internet"
    r"|social media)",
    r"my (?:\d+[km]?|\w+)? ?(?:followers|subscribers|readers|audience|network)(?: on \w+)?"
    r" (?:will|would|might"
    r"|should|deserve|are going to)",
    r"(?:everyone|everybody|people|the world|others|the industry|other candidates|other"
    r" applicants|future candidates|the public|my network)[^.!?\n]{0,15}(?:will|'ll|is going to"
    r"|are going to|should|deserves? to|needs? to|need to|has a right to|have a right to|ought"
    r" to) (?:\w+ )?(?:know|hear|find out|learn|see|read)",
    r"word (?:gets|travels|spreads|will get|will travel|will spread)",
    r"people talk",
    r"(?:small|tight[- ]knit) (?:industry|field|community|world)[^.!?\n]{0,20}(?:talk|word"
    r"|remember|know)",
    r"(?:took|taken|have|kept|saved|got|taking)(?: \w+){0,2} screenshots",
    r"screenshotted",
    r"screenshots (?:of (?:everything|every|all|this|our|your)|have been)",
    r"(?:kept|keeping|have|saved|saving|got) (?:copies|records|a record|receipts|evidence"
    r"|screenshots) of (?:everything|every|all|this|our|your|the (?:emails|messages"
    r"|conversation|correspondence))",
    r"(?:kept|keeping|saved|saving) (?:every|all (?:the |your |our )?)(?:emails?|messages?"
    r"|correspondence)",
    r"paper trail",
    r"(?:document|documented|documenting) (?:everything"
    r"|all of this)",
    r"legal (?:options|recourse|rights|steps|route|remedies|proceedings|claim|department|matter"
    r"|advice|action|case)",
    r"(?:consult(?:ed|ing)?|speak(?:ing)?|spoke|talk(?:ed|ing)?)"
    r" (?:with |to )?(?:a|my|an) (?:lawyer|attorney|solicitor|legal|employment lawyer|union)",
    r"discriminat\w*[^.!?\n]{0,30}(?:claim|case|complaint|lawsuit|suit|charge|report|tribunal"
    r"|lawyer|board|commission)",
    r"(?:claim|case|complaint|lawsuit|charge|report)[^.!?\n]{0,30}discriminat\w*",
    r"(?:is|was|sounds|looks|seems|feels|be|smells like|sounds like|looks like) (?:\w+ )?"
    r"(?:illegal|unlawful|discriminatory|age discrimination|a lawsuit|a legal matter)",
    r"expect (?:a|my|an|some) (?:\w+ ){0,3}(?:review|reviews|post|write-?up|rating)",
    r"reviews? [^.!?\n]{0,20}(?:on|across) (?:every|all|each|multiple|several) (?:\w+ )?"
    r"(?:sites?|platforms?|boards?)",
    r"(?:labou?r|employment|fair work|equal opportunit(?:y|ies)|human rights|civil rights"
    r"|workplace|equality)(?: \w+)? (?:board|commission|tribunal|ombudsman|authority"
    r"|standards|inspector(?:ate)?|court)",
    r"department of labou?r",
    r"acas",
    r"nlrb",
    r"ofccp",
    r"ehrc",
    r"cease and desist",
    r"without prejudice",
    r"(?:my|the) union",
    r"(?:file|filing|lodge|lodging|submit|submitting"
    r"|bring|bringing) (?:a |an )?(?:formal |official |legal )?(?:claim|charge|case(?! stud)"
    r"|suit|complaint)",
    r"(?:contact|email|write to|cc|tell|inform|copy|escalat\w+ (?:this |it )?to|reach out to"
    r"|speak(?:ing)? to|hear(?:ing)? from|go(?:ing)? over your head to) (?:your (?:ceo|boss"
    r"|manager|supervisor|director|founder|board|investors|clients|customers|shareholders)"
    r"|the (?:ceo|founder|board|investors|regulator))",
    r"your (?:ceo|boss|board|investors|founder|clients|customers) (?:will|'ll|is going to|are"
    r" going to|should|needs? to) (?:\w+ )?(?:hear|know|see|read|find out)",
    r"(?:i(?:'ll| will)|i(?:'m| am) going to|gonna) (?:\w+ ){0,2}(?:tweet|post|blog|vlog|write"
    r"|talk|make a video|thread) about (?:this|you|it|my experience|how|the way|your|what)",
    r"(?:go public|tell the world)",
    r"i know (?:journalists|reporters|lawyers|people at the press)",
    r"you(?:'ve| have) been warned",
    r"consider (?:yourselves|yourself|this a) warn(?:ed|ing)",
    r"(?:this|it) (?:will|would|could)"
    r" (?:look|be) (?:bad|terrible|awful|a shame|unfortunate) (?:for you|if)",
    r"(?:shame|pity) if (?:this|it|that|people|anyone|word)",
)

PATTERNS: dict[str, re.Pattern[str]] = {
    "sarcasm": SARCASM,
    "passive": PASSIVE,
    "bridge": BRIDGE,
    "ill_will": ILL_WILL,
    "entitlement": ENTITLEMENT,
    "threat": THREAT,
}
"""Extra patterns per family; `sarcasm` and `threat` add to the loud rules of the same name."""
