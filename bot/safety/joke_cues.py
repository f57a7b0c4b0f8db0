"""Dying put as a joke that may not be one, in six languages: death that would be nicer than the
job hunt, one more rejection and "I'll do it", resigning from life, the perfect day to die, a
denial taken back with "probably", and slang for dying (the big sleep, uninstalling oneself,
joining grandma in heaven).

Part of the crisis lexicon (see `bot.safety.lexicon` for the pattern syntax and rule kinds); it
extends `bot.safety.quiet_cues`. Every rule here is `possible`: a dark joke is often only a joke,
so the person is asked directly and a "no" goes straight back to where they were. Look-alikes
stay calm: "the interview was more painful than dying" puts the interview first, "I'm not going
to do anything this weekend, probably" has no closing hedge, "a good day to go for a walk"
goes somewhere.
"""

from __future__ import annotations

from bot.safety.lexicon import CODED, PASSIVE, Rule

_HEDGE_END = "(?= [.,!?]|$| (lol|haha|jk|lmao|xd|jaja|mdr|kkk|rs|ahah|hehe))"
"""The hedge closes the message or its sentence."""

RULES: tuple[Rule, ...] = (
    Rule(PASSIVE, "may be joking about dying", (
        # dying would be nicer than the job hunt: "death sounds more restful than another round"
        "(dying|death|being dead|to die|to be dead) (would be|would feel|is|sounds|seems|feels"
        "|looks) (honestly |genuinely |literally |way |so much |much |a lot )?(less|more|better"
        "|easier|nicer|preferable|cheaper|quicker|faster|kinder|comfier|cozier) .{0,60}than",
        "(morir|morirme|morirse|estar muert[oa]) (seria|es|suena|parece) (\\w+ )?(menos|mas|mejor"
        "|preferible) .{0,60}(que|q) ",
        "(sterben|tot sein|tot zu sein) (ware|ist|klingt|scheint) (\\w+ )?(weniger \\w+|besser"
        "|angenehmer|entspannter|leichter|einfacher|schoner|lieber|netter) .{0,60}als ",
        "(mourir|crever|etre mort|etre morte) (serait|est|semble|parait) (\\w+ )?(moins|plus"
        "|mieux|preferable) .{0,60}qu\\w*",
        "(morrer|estar mort[oa]) (seria|e|parece) (\\w+ )?(menos|mais|melhor|preferivel)"
        " .{0,60}(que|q) ",
        "(morire|essere mort[oa]) (sarebbe|e|sembra) (\\w+ )?(meno|piu|meglio|preferibile)"
        " .{0,60}(di|che|del|dello|della|dei) ",
        # one more rejection and "I'll do it": "noch eine absage und ich mach's wirklich"
        "((one more|another) (\\w+ ){0,2}and (i|im|il|i will|i am) (really |actually |finally "
        "|swear )?(do it|doing it|jump|jumping)"
        "|(un|una|otro|otra) (\\w+ ){0,2}(mas )?y (ahora si |te juro que )?(lo hago|me tiro"
        "|me aviento|me lanzo)|noch (eine|ein|so eine|so ein) (\\w+ ){0,2}und ich (machs"
        "|mach es|mache es|mach das|tus|tu es|spring\\w*)|encore (un|une) (\\w+ ){0,2}et (je le"
        " fais|jle fais|je le fait|je saute|jsaute)|mais (um|uma) (\\w+ ){0,2}e (eu )?(faco|pulo"
        "|me jogo)|(ancora|un altro|un altra|unaltra) (\\w+ ){0,2}e (lo faccio|mi butto|salto))"
        "(?= [.!?]|$|( ,)? (lol|haha\\w*|jaja\\w*|mdr|kkk|rs|ahah\\w*|xd|really|for real|wirklich"
        "|echt|de verdad|en serio|vraiment|de verdade|sul serio|davvero)(?![a-z]))",
        # resigning from life: "time to hand in my notice to life"
        "(quit|quitting|resign from|resigning from|unsubscribe from|unsubscribing from|opt out of"
        "|retire from|hand in my notice (to|at)|two weeks notice to) (life|existence|existing"
        "|being alive)(?! (insurance|coach|coaching|admin|skills|lessons))",
        "(renunciar|renuncio|renuncia|dimitir|dimito|darme de baja|me doy de baja) (a |de )(la )?"
        "vida",
        "(kundige|kundigen|kundig|abmelden|abmelde|austreten|aussteigen) (ich )?(\\w+ )?(vom|beim"
        "|aus dem) leben|das leben (kundigen|kundige|kundig)",
        "(demissionner|demissionne|me desabonner|me desinscrire|me retirer) de la vie",
        "(pedir|pedi|pedindo|pede) (\\w+ )?demissao da vida|(me )?(demitir|demito|desligar"
        "|desinscrever) da vida",
        "(licenziarmi|mi licenzio|dimettermi|mi dimetto|disiscrivermi|mi disiscrivo) dalla vita",
        # the perfect day to go: "fitting date to bow out for good"
        "(perfect|good|great|fitting|ideal|nice) (day|date|time|moment|birthday) (to|for) (die"
        "|dying|bow out for good|check out for good|exit this world|leave this world)",
        "(dia|fecha|momento) (perfect[oa]|ideal|buen[oa]) (para|pa) (morir|morirme|palmarla"
        "|dejar este mundo)",
        "(perfekt\\w*|ideal\\w*|gut\\w*|passend\\w*) (tag|datum|zeitpunkt|moment) (zum|um|fur"
        " den) (sterben|abzutreten|abtreten|abgang|abzuhauen)",
        "(jour|date|moment) (parfait|ideal|idea) pour (mourir|crever|tirer ma reverence"
        "|quitter ce monde)",
        "(dia|data|momento) (perfeit[oa]|ideal) (pra|para) (morrer|bater as botas"
        "|deixar este mundo)",
        "(giorno|data|momento) (perfett[oa]|ideale) per (morire|andarmene|crepare|tirare le cuoia)",
        # a denial taken back: "i won't do anything. probably"
        "(not going to|not gona|wont|will not|im not going to) do anything (stupid |dumb |drastic"
        " )?(,|\\.)? (probably|maybe|prob|i think|i guess|for now|yet|hopefully)" + _HEDGE_END,
        "no (voy a|vo a|pienso) hacer (nada|ninguna locura) (,|\\.)? (creo|probablemente"
        "|supongo|por ahora|todavia|aun|quizas|tal vez)" + _HEDGE_END,
        "(ich )?(mache|mach|werde|tue|tu) (schon )?(nichts|nix|keine dummheiten) (machen |tun )?"
        "(,|\\.)? (wahrscheinlich|vielleicht|glaub ich|noch nicht|vorerst|hoffentlich)"
        + _HEDGE_END,
        "(je )?(ne )?(vais|ferai) (rien|pas de betise|pas de conerie) (faire )?(,|\\.)? "
        "(probablement|je crois|je pense|pour l instant|pour linstant|enfin je crois|peut etre"
        "|normalement)" + _HEDGE_END,
        "nao (vou|pretendo) fazer (nada|besteira|nenhuma besteira) (,|\\.)? (acho|provavelmente"
        "|por enquanto|ainda|talvez|eu acho)" + _HEDGE_END,
        "non (faccio|faro|ho intenzione di fare) (niente|nulla|cazzate|sciocchezze) (,|\\.)? "
        "(credo|probabilmente|per ora|per adesso|forse|penso)" + _HEDGE_END,
        # a joke taken back with a hedge: "i'm kidding. mostly"
        "(im joking|i am joking|just joking|im kidding|just kidding|jk|es broma|era broma|bromeo"
        "|war nur ein witz|nur spass|war ein scherz|je rigole|je plaisante|cetait pour rire"
        "|to brincando|estou brincando|e brincadeira|era brincadeira|scherzo|sto scherzando"
        "|era uno scherzo) (,|\\.)? (mostly|i think|probably|maybe|kind of|sort of|creo|supongo"
        "|tal vez|mas o menos|glaub ich|vielleicht|wahrscheinlich|irgendwie|enfin je crois|je crois"
        "|peut etre|je pense|acho|eu acho|talvez|mais ou menos|credo|forse|penso|piu o meno)"
        + _HEDGE_END,
        "(i wouldnt|i would not|i wont|i will not) (actually|really|do it)( ,| \\.)? (i mean )?"
        "(probably not|maybe not|i dont think so|i think not)" + _HEDGE_END,
        # the next job is being dead: "next career move: corpse"
        "(next|prochain|proximo|prosimo|nachster|nachste) (job|career move|role|position|poste"
        "|emploi|emprego|trabajo|empleo|lavoro|stele|posten|job) (\\.|,|is|es|e|est|ist)? ?"
        "(a |un |una |um |uma |eine |ein )?(corpse|cadaver|cadavre|leiche|defunto|difunto|cadavere"
        "|six feet under|muerto|morto|mort|tot|dead body)" + _HEDGE_END,
        # "hire me or bury me"
        "(hire me|take me|contratenme|contratame|stelt mich ein|nehmt mich|embauchez moi"
        "|embauche moi|me contratem|me contrata|asumetemi|asumimi) (,|\\.)? (or|o|oder|ou|sino)"
        " (bury me|entierenme|enterarme|begrabt mich|beerdigt mich|enterez moi|entere moi"
        "|me enterem|me entera|sepelitemi|sepelitemi)",
        "(my plan is|im going|i am going|gona|going|il|i wil) to haunt (them|their|the|my|everyone"
        "|hr|that|this|every)",
        # a way out that looks tempting: "the bridge near the office is calling me"
        "(bridge|puente|brucke|pont|ponte|roof|rooftop|azotea|tejado|dach|toit|telhado|teto|train"
        "|tracks|tren|vias|zug|gleise|rails|trilhos|binari)"
        " .{0,40}(looks? (so |pretty |really )?tempting|is calling (me|my name)"
        "|se ve tentador|me (llama|esta llamando)|sieht (\\w+ )?verlockend aus|ruft mich"
        "|me fait de l ?oeil|m appelle|tentant|(ta|esta) me chamando|me chama|mi chiama"
        "|(e|sembra) (cosi )?invitante)",
        # a death notice as a joke: "imagine my obituary: died waiting for a reply"
        "(obituary|epitaph|tombstone|headstone|gravestone|epitafio|lapida|esquela|grabstein"
        "|nachruf|grabinschrift|epitaphe|pierre tombale|avis de deces|lapide|obituario|epitafio"
        "|epitafio|necrologio) .{0,10}(died|here lies|rip|killed by|cause of death|murio|aqui yace"
        "|starb|hier ruht|gestorben|mort|morte|decede|ci git|morreu|aqui jaz|morto|morta"
        "|qui giace)",
        # applying to the grave: "next application goes to the cemetery"
        "(applying|apply|applied|application|applications) ((?!(job|jobs|position|role|work"
        "|shift)(?![a-z]))\\w+ ){0,5}(grave|grave plot"
        "|burial plot|coffin|cemetery|morgue|afterlife)(?! (shift|job|jobs|position|role|tech"
        "|technician|attendant|manager|worker|staff|company|services))",
    ), kind="possible"),
    Rule(CODED, "may be using slang for dying", (
        "(?<!movie\\x20)(?<!film\\x20)(?<!watched\\x20)(?<!watching\\x20)(?<!read\\x20)(the big"
        "|eternal|endless|permanent|forever) (sleep|nap|dirt nap)(?! (schedule|routine|tracker|app"
        "|mask|tonight|this weekend|is|was|by|with|movie|film|book|novel))|dirt nap",
        "(delete|deleting|uninstall|uninstalling|deactivate|deactivating|despawn|despawning"
        "|alt f4|ctrl alt delete) (<me>|my existence|my whole existence|my life)(?! from (?!(life"
        "|existence|this (world|planet|earth))))",
        "respawn (in|as|into) (another|a new|a different|the next|a better) (life|world|body"
        "|character)",
        "(1v1|ivi|one v one|square up with|high five|hug) (a|the) (train|bus|truck|lorry|semi)",
        # an idiom for dying, wished for: "ready to kick the bucket", "time to meet my maker"
        "(ready to|want to|wana|going to|gona|might as wel|might just|time to|wish i could|think"
        "\\w* (of|about)|about to|id rather|could just|cant wait to|gonna) (\\w+ ){0,2}(kick the"
        " bucket|push up daisies|pushing up daisies|meet my maker|cash(ing)? in my chips|check"
        "(ing)? out early( from (this |the )?(life|world|planet))?(?= [.,!]|$| lol| tbh| haha)"
        "|buy the farm|ctrl z my (own )?(birth|existence|life))",
        # joining a dead relative in heaven
        "(join|be with|go see|see|meet) (my )?(grandma|grandpa|granny|nan|nana|mom|mum|dad|mother"
        "|father|brother|sister) (in heaven|in the sky|on the other side)",
        "(irme|estar|reunirme|ver|ir) con mi (abuel\\w*|mama|papa|madre|padre|herman\\w*)"
        " (al|en el) cielo",
        "zu (meiner|meinem) (oma|opa|mutter|vater|mama|papa|schwester|bruder) (in den himmel|nach"
        " oben)",
        "rejoindre (ma|mon) (mamie|grand mere|papi|papy|grand pere|mere|pere|maman|papa|soeur"
        "|frere) (au ciel|la haut|au paradis)",
        "(ir|encontrar|ficar) (com )?(a |o )?(minha|meu) (vo|avo|vovo|vozinha|mae|pai|irma|irmao)"
        " (no ceu|la em cima)",
        "(raggiungere|andare da) (la |il )?(mia|mio) (nonna|nonno|madre|padre|mamma|papa|sorella"
        "|fratello) (in cielo|lassu|in paradiso)",
    ), kind="possible"),
)
