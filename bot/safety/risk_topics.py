"""Risk topics: whether a message touches anything a crisis is about, for the crisis check.

The crisis check's statistical model reads letter and word patterns, and with no rule cue it can
flag a message for how it is written rather than what it says: a long, tired or sarcastic message
about a job search, or almost any message outside English (its training lines in Spanish,
German, French, Portuguese and Italian are mostly crisis lines, so common words of those
languages lean towards risk). `touches_risk(normal, raw)` says whether the message names a risk
topic at all: dying, death and staying alive; not existing, disappearing or not waking up;
ending it, no point or reason to go on; being a burden, others better off without you; hurting
the body (cutting, burning, hitting, starving, blades, wrists); means (pills and doses, ropes,
guns, heights, bridges, roofs, trains, traffic, water); goodbyes and things put in order (letters
left, things given away, someone to look after a pet, not needing help after tonight); and the
slang and emoji people use for them (and, in `bot.safety.risk_words`, means by brand name and
amount, and affairs put in order). A model-only flag on a message with none of these has
nothing for the person to be asked about: `untopical_score` keeps it only when the model is
confident (a little less so for free text of ten words or more than for a short typed answer),
after taking off the lean its training gives languages other than English, and then only as a
question, never the full crisis response. `no_cue_score` applies it to what is left
of a message once its everyday clauses (`bot.safety.everyday_cues`) and idioms are set aside.

Patterns are in English, Spanish, German, French, Portuguese and Italian, written for `normalise`
output (lower-case ASCII, no accents or apostrophes) and collapsed like it ("kill" -> "kil").
They are broad on purpose: they only decide whether the model may speak, never flag on their own.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from functools import partial

from bot.primitives.alternation import any_of
from bot.safety import parting_words, risk_words
from bot.safety.everyday_cues import everyday_free_score, strip_everyday
from bot.safety.normalise import collapse_runs
from bot.safety.practical_uses import FLOOR as _FLOOR
from bot.safety.practical_uses import blank_practical
from bot.safety.said_lightly import blank_lightly, denies_harm

_EN = [
    r"unreachable|cant reach|love you|take care of yourself|need (anything|nothing)|for good",
    r"rest(?! of)|finally (\w+ )?(rest|sleep|free|at peace)|calendar|in the picture",
    r"(scheduled|automatic\w*|sent) (\w+ )?(message|email|post)",
    r"(message|email|post) to be sent|(wont|will not|doesnt) matter|sorry for everything",
    r"(turned|switched) (his|her|their|my) phone of|heaven|afterlife|the other side|life|lives",
    r"wake( up)?|stuf|look after (yourself|my|him|her)|phone (is )?(of|dead)|rifle|shotgun",
    r"pistol|firearm|weapon|top (level|flor)|fence|railing|edge|tonight i go|i go tonight",
    r"no more help|decided|decide|logins?|bank details|without (him|her|them)",
    r"worry about (me|him|her)|good friend|miss (me|you)|world",
    r"(something|anything) (\w+ )?happens? to me|hit me|put me out|misery|exist\w*",
    r"(wasnt|werent|not|be|being) (here|around)|if i (was|were) (just )?gone",
    r"(it|everything) (to|would) stop|waiting (it|everything) out",
    r"(doing|did|started) (\w+ )?(it|the thing) again|doing the thing",
    r"tell (my|her|his) (dad|mom|mum|family|sister|brother|parents|wife|husband)",
    r"sorry (i|for) (couldnt|everything)|(wasnt|isnt|not) (her|his|your|their|anyones) fault",
    r"if anyone reads|(wont|not|isnt|stopped|doesnt|wont) answer\w*|being there|see ya",
    r"deleted (\w+ )?(acounts|socials|profiles)|delete (my|all) (\w+ )?(acount|profile|data)",
    r"wont be (coming back|around|needing)|thank you for trying|deserve|havent eaten",
    r"not eating|stopped eating|on purpose|blister\w*|guns?|overdos\w*|helium|painles\w*",
    r"(?<!on the )(?<!on my )oven",
    r"(picked|pick|set|chose) (a|the) (date|day)|future|giving (my|away)|gave me (his|her)",
    r"wasting your time|(doesnt|dont) matter anymore|last message|waiting it out|just done",
    r"(hes|shes|im) done|di(e|es|ed|ing)|dead\w*|death|kil\w*|suicid\w*|unaliv\w*|alive",
    r"live(?! (somewhere|in|near|closer|abroad|downtown|with (my|a|an|roommates|parents)))",
    r"(my|this) life|life (is|isnt|has|insurance)",
    r"(not|stop|stopped|didnt|dont|wouldnt|never|just) (\w+ )?exist|existence|disappear\w*",
    r"vanish\w*|be gone|im gone|not be (here|around)|wake up (ever|again)",
    r"(not|never|didnt|dont) wake|forever (nap|sleep)|(gone|sleep|away) forever|permanent nap",
    r"permanently|end (it|this|everything|my)|ending (it|things|my)",
    r"finish (my life|myself|it al)|no point|whats (even )?the point(?! (of|in) (the|a|an|your"
    r"|that|these|those) (?!(life|living|anything|trying|it al)(?![a-z])))",
    r"point (of|in) (anything|living|going|it al|trying)|meaningless|no meaning|no reason",
    r"worth living|(cant|to|why) go on|burden|better off|without me|insurance|miss me",
    r"notice (if|when|til|until)|(anyone|anybody|nobody) (\w+ )?notice",
    r"not (her|his|your|their) fault|goodbye\w*|farewel\w*|(my|the) last (message|night|day)",
    r"last (words|time you)|(a|the|my) note|letters? (to|for) (my|her|his)",
    r"gave (away|my|her|his)|giv(e|ing) away|take care of (my|him|her)",
    r"my (stuf|things|acounts)|passwords?|wont need|will not need|after tonight",
    r"thanks? (you )?for everything|at peace|blades?|razors?|knife|knives",
    r"cut(s|ing|er|ers)?(?! (\w+ )?(hair|bangs|fringe|nails|costs?|back|down|corners|ties|losses"
    r"|hours|budget|spending|expenses|coupons|grass|lawn|carbs|sugar|class|clases))",
    r"bl(e|)d\w*",
    r"blod\w*|burns|lighter|burn(ed|t|ing)? (my|myself|her|his)(?! (\w+ )?(on|with) (the|a|my)"
    r" (oven|stove|pan|iron|kettle|tray|grill|hob))",
    r"scratch(ed|ing)? (my|myself|at)|wrists?|arms?|thigh|legs?|skin|scars?|bruise\w*|punch\w*",
    r"hit (my|myself)|hurt(ing)? (myself|my)|harm\w*|starv\w*|throw up|purg\w*|relaps\w*",
    r"(days|months|weeks) clean|pills?|tablets?|meds|medication|dose\w*|overdose|od|insulin",
    r"antidepres\w*|sleeping|codeine|oxy\w*|xanax|klonopin|paracetamol|tylenol|rope|noose",
    r"hang(ing)? (myself|himself|herself)|gun|shoot (myself|himself|herself)|shot myself",
    r"bridge|roof|ledge|balcony|floors?|height|high enough|jump\w*|trains? (tracks|line)",
    r"(front of|under|hit by|onto|into) (a |the )?trains?|trains? (\w+ ){0,3}(dont|doesnt) stop",
    r"fal(s|ing)?(?! (apart|asleep|through|behind|short|flat|in love|into place))|fel (of|from)",
    r"tracks|platform|\d+ express|highway|trafic|catch the bus|hit by|river|sea|drown\w*",
    r"bath\w*|toaster|garage|hose|exhaust|six fe(e|)t|grave|cofin|funeral|cemetery",
    r"(forever|dirt) nap|do the thing|stop breathing|kms|kys|uninstal\w*|good bye|bye bye",
    r"(give|gave|giving|given) (\w+ )?my (cat|dog|pets?|plants|hamster) (to|away)",
]
_ES = [
    r"cuidate|te quiero|los quiero|dando sus cosas|necesitar nada|(hacer|hace) falta nada",
    r"sentido|despert\w*|adios|despid\w*|despedir\w*|no me busquen|(ya no|no) (voy a )?estar",
    r"me dio su|(ya no|no) (\w+ ){0,2}(usar|necesitar)|vivi (lo )?suficiente|seguro de vida",
    r"todo (pagado|arreglado|en orden|listo|resuelto)|muerd\w*|morder\w*|sangre",
    r"por todo|(sin|que no) (dolor|duela|sufrir)|apag\w* (el|su|mi) (celular|telefono|movil)",
    r"contrasenas|claves|sin (el|ella)|preocup\w*|este mundo|mundo|todo listo|no contesta",
    r"no responde|ya no (estare|voy a estar)|carta (para|a) (mi|mis)|cartas|carta de despedida",
    r"frasco|paracetamol|(telefono|numero) de ayuda|despert\w*|merezco|merecer|no como",
    r"sin comer|dejar de comer|mejor sin|no aguanta\w*|estar aqui|no (estuviera|existiera)",
    r"locura|vuelta atras|no volver|escribir mas|preocupar\w* por mi|perdon a todos",
    r"cuid(a|e|en|ar)? (a )?(su|mi|sus|mis) (perro|gato|perra|gata|hij\w*)|vendio su",
    r"necesitar esto|organizado|deje (el|la|a) (gato|gata|perro|perra)|blister|clonazepam",
    r"lorazepam|alprazolam|rivotril|diazepam|quitar(me|se)? la vida",
    r"mor(ir|irme|irse|ire|ira|te|ta|tal)\w*|muert\w*|muer\w*|matar\w*|mato|suicid\w*|vivir\w*",
    r"quitarme la vida|sin vida|la vida (no )?(tiene|vale)|mi vida (no|ya)",
    r"(no|dejar de) exist\w*|desaparec\w*|desvivir\w*|no (quiero )?despertar\w*|sin despertar",
    r"sumir|para siempre|acabar con|terminar con|(sin|ningun|que) sentido",
    r"sentido (a|de) (la vida|seguir)|(caso|para que|sentido) seguir|para que sigo",
    r"seguir (vivo|viva|asi)|una carga|ser (una )?carga|estorbo|sin mi|sobro|despedirme",
    r"me despido|despedida|despedirse|adios|ultim[oa] (mensaje|vez|noche)|regal\w*",
    r"cuid(a|e|en|ar) (a|de) mi|ya no me hace|cortarme|me (volvi a )?cort\w*|cuchilla\w*",
    r"navaja|sangr\w*|quemarme|me quem\w*|golpe\w*|punetazo\w*|lastim\w*|brazos?|munecas?",
    r"piernas?|pastillas?|pildoras?|dosis|remedio\w*|cuerda|pistola|arma|puente|azotea",
    r"edificio|balcon|piso \d+|tren|las vias|metro|cercanias|el rio|al mar|el mar|tirarme",
    r"me tiro|aventar\w*|(dar|darme|darse|doy|dare) (el )?cuello",
]
_DE = [
    r"nicht (mehr )?erreichbar|pas auf dich auf|hab (dich|euch) lieb",
    r"sinn\w*|machts gut|sucht mich nicht|braucht? (\w+ ){0,2}nichts mehr|lang genug",
    r"ales (bezahlt|geregelt|erledigt|aufgeraumt)|lebensversicherung|beis\w*",
    r"fur ales|ohne schmerzen|handy (\w+ )?aus|ohne (ihn|sie)|paswort\w*|zugangsdaten|pin",
    r"klarkomen|im dunkeln|sorgen|ausweg|welt|tot(en|e)?|unaliv\w*|sui|weh ?tut|methode",
    r"uberschrieben|(vermieter\w*|wohnung|vertrage) gekundigt|danke fur (die geduld|ales)",
    r"kumern sol|dauerhaft|bring\w* (ich )?mich (\w+ )?um|schlag\w* mir|verabschied\w*",
    r"nicht ans handy|geht nicht ran|schulden bezahlt|wie lieb|ibu|packung|\w*tabletten",
    r"brauchen|vertrage gekundigt|ales gekundigt|sterb\w*|tot|todlich\w*|umbring\w*",
    r"bringe? (ich )?mich um|suizid\w*|selbstmord\w*|leben|lebens?mu\w*|weiterleben",
    r"existier\w*|verschwind\w*|aufwach\w*|weg sein|nicht mehr da|fur immer|abmeld\w*",
    r"keinen sinn mehr|sinn (mehr )?(im|in) (leben|irgendwas|alem)|sinnlos|weiterzumachen",
    r"weitermachen|(eine|zur|nur) last|ohne mich|abschied\w*|tschus|lebt wohl|briefe?",
    r"letzte nachricht|zum letzten mal|verschenk\w*|kumm\w* (dich|euch)",
    r"brauch\w* (ich )?(keine|nichts|das) (\w+ )?mehr|ritz\w*|geritzt|klinge\w*|messer|blut\w*",
    r"verbrann\w*|verbrenn\w*|(mich|mir) (selbst )?(geschlagen|schlagen|schlage)|gehauen",
    r"(den|meinen|am|die) arme?|tabletten|pillen|dosis|uberdosis|seil|waffe|pistole|brucke",
    r"dach|hochhaus|parkhaus|etagen?|stock(werk)?|balkon|zug|ice|gleise?|springen|spring|fluss",
    r"aufgeraumt|passworter|entleb\w*|kugel|gegessen|mit absicht",
]
_FR = [
    r"injoignable|prends soin de toi|je taime|je vous aime|besoin de rien",
    r"(?<!me )(?<!te )(?<!se )(?<!je )(?<!tu )(?<!on )sens|au revoir|me cherchez pas",
    r"ne serai plus|donne (\w+ )?(mes|ses) affaires",
    r"fait (son|mon) temps|tout (range|paye|regle)|mord\w*|asurance vie|plus la",
    r"pour tout|(facon|comment|moyen) de partir|partir sans|fase mal|sans douleur",
    r"telephone eteint|eteint son|codes|mots de pase|sans (lui|elle)|tout est pret|cest fini",
    r"fini|inquiet\w*|manquer|monde|dexist\w*|de lordre|en ordre|resilie\w*|rendu les cles",
    r"numero|jamais me reveil\w*|exist\w*|sans souffrir|souffrir|mieux sans|ses affaires",
    r"pardon pour tout|repond (plus|pas)|de cote|anxiolytiques?|somnifere\w*|mour\w*|meur\w*",
    r"mort\w*|tuer|tue|suicid\w*|crever|vivre|bout de ma vie|exister|disparai\w*",
    r"(pas|plus) (me )?reveil\w*|plus (etre )?la|pour de bon|pour toujours|en finir|fardeau",
    r"sans moi|soulag\w*|adieu|derniere fois|dernier message|garder mes",
    r"lettre (pour|a) (ma|mon|mes)|une lettre pour|donne (toutes |tous )?mes|file mes",
    r"prends soin|plus besoin|ordre dans|me (suis )?(encore )?coupe\w*|me couper|scarif\w*",
    r"lame\w*|sang|me brul\w*|cogne\w*|me tape|griff\w*|bras|poignets?|marques|cachets|pilules",
    r"medicaments?|dose|doliprane|paracetamol|corde|pendre|arme|pont|viaduc|toit|balcon",
    r"fenetre|etage\w*|(sous|devant) (un|le) train|train (\w+ ){0,3}ne s\W?arrete|quai de la gare",
    r"rails|me jeter|se jeter|sauter (du|de|par)|noyer",
    r"voiture au garage|a quoi je sers|rien a perdre",
]
_PT = [
    r"se cuida|te amo|amo voces|(dando|doando|doou|deu) (as |suas )?coisas",
    r"precisar de (mais )?nada",
    r"sentido|acord\w*|nao me procurem|nao vou (mais )?estar|(ja )?vivi(u)? demais",
    r"tudo (pago|resolvido|tratado|arrumado|certo)|seguro de vida|mord\w*|depois de mim",
    r"(celular|telemovel|telefone) desligado|deslig\w* o (celular|telefone)|sem sofrer|senhas",
    r"sem (ele|ela)|dar trabalho|preocup\w*|tudo pronto|mundo|nao atende",
    r"carta (pra|para) (minha|meu|o|a)|cartas|numero de telefone|nao acord\w*",
    r"sum(ir|isse|iu|o|a)|tchau|fica bem|viaduto|sem dor|jeito mais rapido|problema|por tudo",
    r"desviv\w*|besteira|doei|organizado|sem comer|nao mereco|de proposito|vive|morr\w*",
    r"mort\w*|matar\w*|mato|suicid\w*|viver|tirar (a|minha) vida|sem vida",
    r"(continuar|estar) viv[oa]|existir|exista|sumir|desvivendo|acordar|pra sempre",
    r"sumir de vez|de vez mesmo|acabar com|sentido em nada|sem sentido|sentido (na|da) vida",
    r"motivo (pra|para) continuar|fardo|estorvo|sem mim|despedi\w*|adeus|ultima (mensagem|vez)",
    r"deixei tudo|fica com|(nao|nunca) vou (mais )?precisar|desligar (desse|do) mundo",
    r"cort(ei|ar|o|e)\w*|lamina\w*|sangr\w*|queim\w*|soc(ar|o|ei)\w*|bat(er|i) (a|em)|bracos?",
    r"pulsos?|remedios?|comprimidos?|cartela|rivotril|dose|corda|arma|ponte|predio|terraco",
    r"andar de um|\d+ andar|andares|trem|trilhos|pular|(nao ter|sem) volta",
]
_IT = [
    r"(ti|vi) voglio bene|abi cura di te|bisogno di niente|servira piu",
    r"senso|svegli\w*|saluto|salutato|non cercatemi|non ci saro|non mi serve piu",
    r"vissuto abastanza|tuto (pagato|sistemato|a posto|in ordine)|asicurazione|mord\w*|sangue",
    r"senza (dolore|sofrire)|telefono spento|spento il telefono|codici|senza di (lui|lei)",
    r"preocup\w*|tuto pronto|mondo|non risponde|testamento|pasword|rispondo piu|in ordine",
    r"prendere il cane|succeda qualcosa|incidente|non mangio|mangiare|merito",
    r"(quinto|sesto|setimo|otavo|ultimo|\d+) piano|abastanza alto|quanto e alto|soprav\w*",
    r"scogliera|ringhiera|stato belo|per tuto|non saro piu|investire|tram|ringraziarti",
    r"piu bisogno|serv\w* piu|(deciso|scelto) (la data|il giorno)|starebbero meglio",
    r"meglio senza|del male|esserci|non ci fosi|cazata|ciao a tuti|mor(ire|ir|to|ta|te|ti)\w*",
    r"morte|ucc\w*|amaz\w*|suicid\w*|viver\w*|esist\w*|sparir\w*|(non|piu) (mi )?svegli\w*",
    r"non svegliarsi|per sempre|farla finita|che senso|senza senso|nessun senso|andare avanti",
    r"(un|solo un) peso|senza di me|addio|lettere per|lettera per|le lettere|ultimo messaggio",
    r"ultima volta|regal\w*|si (puo )?tenere|tenersi|stammi bene|(mi sono|mi) tagli\w*",
    r"tagliarmi|lamett\w*|sangu\w*|mi bruci\w*|bruciarmi|pugni|graff\w*|bracci\w*|polsi",
    r"pastiglie|pillole|compresse|gocce|xanax|tachipirina|dose|corda|pistola|arma|ponte",
    r"viadotto|tetto|palazzo|ultimo piano|treno|binari\w*|buttar\w*|saltare|stacco la spina",
]


def _compile(patterns: list[str]) -> re.Pattern[str]:
    """Whether any of `patterns` is in a text, as a word (`any_of`: quick to search, with the
    same answers as the plain alternation)."""
    return any_of([collapse_runs(p) for p in patterns], r"(?<![a-z])", r"(?![a-z])")


_EN += risk_words.EN + parting_words.EN
_ES += risk_words.ES + parting_words.ES
_DE += risk_words.DE + parting_words.DE
_FR += risk_words.FR + parting_words.FR
_PT += risk_words.PT + parting_words.PT
_IT += risk_words.IT + parting_words.IT
_BY_LANGUAGE = {
    "en": _compile(_EN),
    "es": _compile(_ES),
    "de": _compile(_DE),
    "fr": _compile(_FR),
    "pt": _compile(_PT),
    "it": _compile(_IT),
}
_ALL = _compile(_EN + _ES + _DE + _FR + _PT + _IT)
_EMOJI = re.compile("[\U0001f480\u26b0\U0001faa6\U0001f52a\U0001f48a\U0001fa78\U0001f309\u2620]")
"""Skull, coffin, headstone, knife, pill, blood drop, bridge at night, skull and crossbones."""
MODEL_UNTOPICAL = 0.7
"""A message with no rule cue that names no risk topic is flagged by the model only from this
score: below it, the model is reading how a long, tired or sarcastic message is written ("ok
thats better. im ready to send it myself"), and there is nothing to ask the person about."""
FREE_TEXT_WORDS = 10
"""A message of at least this many words is free text, not a typed answer to a question (nine
in ten of those are shorter: "enough, i want to stop", "no hace falta")..."""
MODEL_UNTOPICAL_FREE = 0.68
"""...and is asked about from this lower score: a quiet goodbye or a wish not to wake up can be
written without one word the risk topics know, and a long message gives the model more to go
on, while a short answer scored this high is mostly how it is worded."""
LANGUAGE_PRIOR = 0.7
"""In Spanish, German, French, Portuguese and Italian the model's training lines are about two
crisis lines to one everyday line (log 2 = 0.7), so the everyday words of those languages lean
towards risk: this much is taken off the model's log-odds before `MODEL_UNTOPICAL` applies."""


_HEIGHTS = (
    r"(?<!not )(?<!no )(?<!longer )(?<!nao )(?<!pas )(?<!nicht )(?<!non )"
    r"((scared|afraid|terified|fear|phobia|frightened) of heights|acrophobi\w*|hohenangst"
    r"|(jai le |ho le |soffro di )?vertig\w*|(miedo|panico|fobia) (a|de) (las )?alturas"
    r"|(medo|pavor|fobia) de altura\w*|paura (\w*alte\w*|del vuoto)|peur du vide"
    r"|(me dan|me da) (miedo|panico) las alturas)"
)
_LIFT = r"(elevator|lift|ascensor|ascenseur|elevador|ascensore|aufzug|fahrstuhl)"
_BUILDING = (
    r"((building|predio|edificio|tour|torre|gebaude|hochhaus|palazo|gratacielo|immeuble"
    r"|skyscraper) (de |with |mit |di |of |von )?)?"
)
_PER_DAY = (
    r"((max|maximum|maximal|hochstdosis) (daily )?(dose|dosis|dosage|dosi|dosierung)|(dose|dosis"
    r"|dosi) (maxima|massima|maximale|maximal))( \w+){0,3} (per day|a day|al dia|por dia"
    r"|al giorno|par jour|pro tag"
    r"|am tag|diaria|giornaliera|journaliere)"
)
_PRESCRIBED = (
    r"(prescri\w*|recet\w*|receit\w*|verschrieb\w*|verordnet|(doctor|gp|psychiatrist|psiquiatra"
    r"|medic[oa]|medecin|psy|arzt|arztin|psichiatra|dotor\w*) (\w+ ){0,3}(upped|raised|increased"
    r"|changed|subio|aumento|aumentou|aumentato|augmente|erhoht|cambio|gave me|me dio|me deu"
    r"|mi ha dato|ma done|hat mir))"
)
"""Fear of heights or a lift next to a floor ("the interview is on the 40th floor and i'm scared
of heights"), a maximum dose per day, and a prescription asked about ("my GP prescribed a low
dose... is it normal to take it every night?"): practical questions, not means."""
_EVERYDAY_USES = re.compile(
    collapse_runs(
        r"(?<![a-z])(?:(best|worst|first|biggest|hardest|longest|scariest|weirdest|happiest"
        r"|proudest|strangest) (\w+ ){0,3}(of|in) (my|this|her|his|their) life"
        r"|(company|team|firm|ofice|department|startup|agency|project|clas) (is|wil be|would be"
        r"|was) (probably |honestly )?beter of without me"
        r"|todo el mundo|todo mundo|tout le monde|toda a gente|alle welt"
        r"|relaps\w* (into|on|with) (smoking|cigarettes|vaping|sugar|junk food|old habits"
        r"|bad habits)"
        r"|(wasting|waste|wasted) (\w+ ){0,3}time and (life|lives|energy)"
        r"|(me )?(desperte|despierto|desperto) (a las|temprano|tarde|\d+)"
        r"|mi sono svegliat[oa] (alle|presto|tardi|\d+)|mi sveglio (alle|presto|tardi|\d+)"
        r"|(acordei|acordo|acordar) (as|cedo|tarde|\d+)|je me suis reveile\w* (a|tot|tard|\d+)"
        r"|(me|nos|lo|la|los|las|te|les) (despidieron|despidio|han despedido|van a despedir"
        r"|despiden)|fui despedid[oa]|despedidos?|(?<!me )despido\w*"
        r"|(jai )?tue (lentretien|loral|lexam\w*|le test|la presentation|le pitch)"
        r"|(mutuo|de|em|um|num|comum|bom|novo|o|pelo|do|esse|este|seu) acordo"
        r"|(partir|aler|irme|irse|ir|mudarme|mudar|andare|move|moving|go) (a |pra |para |to )?"
        r"(vivre|vivir|viver|vivere|live|leben) (en|a|au|in|em|no|na|nach|abroad|al|ala|aux"
        r"|fuera|lejos|longe|somewhere)(?![a-z])"
        rf"|{_FLOOR} (\w+ |[.,] ){{0,8}}{_HEIGHTS}|{_HEIGHTS} (\w+ |[.,] ){{0,8}}{_FLOOR}"
        rf"|{_BUILDING}{_FLOOR} (\w+ |[.,] ){{0,8}}{_LIFT}|{_LIFT} (\w+ |[.,] ){{0,8}}{_FLOOR}"
        rf"|{_PER_DAY}"
        rf"|{_PRESCRIBED} ((?!(al(?! bisogno)|whole|entire|todas|toutes|ale|tute|tudo|many"
        r"|enough) )\w+ |[.,] )"
        r"{0,10}(normal|normale|safe|seguro|sicher|ok|okay|grave|kicks? in|take effect|to work"
        r"|hacer efecto|fazer efeito|fare efeto|agir|wirkt|(before|antes de|antes da|antes do"
        r"|vor (dem|einem)|avant (un|une|le|l|mon|ma)|prima (di|del|dela)) (an |my |the |un |una "
        r"|mi |uma |o |a )?(interview|entrevista|entretien|vorstellungsgesprach|gesprach|coloquio"
        r"|exam|examen|esame|prova|presentation|presentacion))(?!( \w+){0,8} (al|whole|entire"
        r"|todas|toutes|ale|tute|tudo|together|at once|de una vez|de uma vez|auf einmal"
        r"|inteira|entera|insieme)(?![a-z])))(?![a-z])"
    )
)
"""A risk-topic word in an everyday phrase: "the first real rejection of my life", "todo
mundo" (everyone), waking at five, "me despidieron" (fired), "j'ai tué l'entretien", a pill the
doctor gave asked about before an interview (more in `bot.safety.practical_uses`)."""


def touches_risk(normal: str, raw: str, language: str | None) -> bool:
    """Whether normalised text (or the emoji in `raw`, the message as typed) names a risk topic
    in the message's `language` (in any of the six when it cannot be told: "die" is a German
    article, "tot" an English word)."""
    if _EMOJI.search(raw) is not None:
        return True
    normal = _EVERYDAY_USES.sub(" _ ", normal)
    normal = blank_practical(normal)
    return _BY_LANGUAGE.get(language or "", _ALL).search(normal) is not None


def word_count(normal: str) -> int:
    """The words of normalised text, punctuation and emoji left out."""
    return sum(1 for token in normal.split() if any(c.isalnum() for c in token))


def unprimed(score: float, language: str | None) -> float:
    """The model's score without the lean its training lines give a language other than English
    (`LANGUAGE_PRIOR`)."""
    if language in (None, "en") or not 0.0 < score < 1.0:
        return score
    return 1.0 / (1.0 + math.exp(LANGUAGE_PRIOR - math.log(score / (1.0 - score))))


def untopical_score(
    score: float,
    normal: str,
    raw: str,
    language: str | None,
    *,
    bars: tuple[float, float],
    words: int = 0,
) -> float:
    """The model's `score` of a message with no rule cue, given the caller's `bars` (the lowest
    score that flags, the lowest that is a clear risk): kept when the message names a risk
    topic; just under the clear bar (a question, never the full crisis response) when the score
    without the language's lean is at least `MODEL_UNTOPICAL` (`MODEL_UNTOPICAL_FREE` for a
    message of `words` at least `FREE_TEXT_WORDS`); otherwise just under the bar that flags."""
    if touches_risk(normal, raw, language):
        return score
    flags, clear = bars
    bar = MODEL_UNTOPICAL_FREE if words >= FREE_TEXT_WORDS else MODEL_UNTOPICAL
    return min(score, (clear if unprimed(score, language) >= bar else flags) - 0.01)


def distress_score(
    score: float, normal: str, raw: str, language: str | None, *, bars: tuple[float, float]
) -> float:
    """The model's `score` of a message whose only cue is distress ("i feel like such a
    failure"), given the caller's `bars` (the lowest score that flags, the lowest a distress word
    alone is asked about at): kept from the second bar up or when the message names a risk topic,
    otherwise at most just under the first. Whether it names one is only looked for when the
    answer could change the score (a score between the two bars)."""
    flags, distress = bars
    if flags - 0.01 < score < distress and not touches_risk(normal, raw, language):
        return flags - 0.01
    return score


def no_cue_score(
    score: float,
    normal: str,
    blanked: str,
    raw: str,
    language: str | None,
    model: Callable[[str], float],
    *,
    bars: tuple[float, float],
) -> float:
    """The model's `score` of a message with no rule cue (`normal`, and `blanked` with its
    everyday idioms blanked: "with a gun to my head"), scored without its everyday clauses
    (`bot.safety.everyday_cues`; `model` scores the rest), then kept only as `untopical_score`
    allows. A risk topic inside an everyday clause ("sorgen ums geld") names none, but a part of
    the message that names one outside the clause stays ("lo bueno de morirse es que no hay que
    mandar CVs"). Death words said lightly and denied harm (`bot.safety.said_lightly`) name none
    either; when harm is denied and nothing else names a risk, the model's score cannot flag."""
    denied = denies_harm(blanked)
    blanked = blank_lightly(blanked)
    risky = partial(touches_risk, raw="", language=language)
    score = min(score, everyday_free_score(normal, model, risky))
    rest = blanked if (left := strip_everyday(blanked, risky)) is None else left
    if denied and not touches_risk(rest, raw, language):
        return min(score, bars[0] - 0.01)  # harm denied, and nothing else names a risk
    return untopical_score(score, rest, raw, language, bars=bars, words=word_count(normal))
