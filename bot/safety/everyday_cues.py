"""Everyday topics that add no crisis risk, for the crisis check's statistical model.

The model (`bot.safety.crisis_model`) reads whole messages, and in a long, worried message about a
job search it can pick up risk from words that carry none: money, food and rent worries
(`bot.safety.money_cues`), a partner who says it's fine, parents who keep asking, questions about
who can read the chat, an apology for venting or yelling, asking for a plan rather than talk of
feelings, a grounding answer ("I hear the fridge and cars outside"), applications sent, a comment on
the bot's draft, and what people type while venting or drafting: a sting wished on the reader ("i
kinda want him to feel it before he goes to bed"), sarcasm about the next message to write ("the
landlord one is gonna be fun"), whether to stay at a job or a place ("i dont even know if i want to
stay there now"), being away for a while ("might not be around for the call tomorrow"), being done
talking and asking for concrete steps ("talking more wont help, help me set up a few concrete
things"), when to send or reply ("is tonight too soon or not? its 10pm here") and a view enjoyed
("sat on the balcony railing to watch the sunset"), and going back in this chat ("pick up where we
left off", "retomemos donde lo dejamos"), a farewell message to the team on a last day at work
("mensagem de despedida pro time"), and a line of a draft that makes no sense ("esa frase ni
siquiera tiene sentido"), and what a word said earlier meant ("when I said I wanted to disappear I
meant moving away", "quand je dis disparaître c'est genre partir en vacances", never "I meant it").
`strip_everyday` drops the clauses that hold them, so `bot.safety.crisis` can score the rest:
when a message has no rule cue at all, the risk must be in what is left.

Phrases are in English, Spanish, German, French, Portuguese and Italian, written for
`normalise` output (lower-case ASCII, no accents or apostrophes, letter runs collapsed; the
patterns are collapsed the same way). They are narrow on purpose: "sorry for everything",
"thank you for everything" or "delete everything I wrote" are never everyday here.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from bot.primitives.alternation import uncaptured
from bot.safety.money_cues import MONEY
from bot.safety.money_cues import TRIGGERS as _MONEY_TRIGGERS
from bot.safety.normalise import collapse_runs
from bot.safety.rejection_formulas import REJECTION
from bot.safety.rejection_formulas import TRIGGERS as _REJECTION_TRIGGERS

_SOUNDS_EN = r"(fridge|cars?|traffic|birds?|rain|neighbou?rs?|music|tv|clock|wind|dog|cat|kids)"
_SOUNDS_ES = r"(nevera|refri\w*|coches|caros|autos|trafico|pajaros|lluvia|vecin\w*|musica|tele)"
_SOUNDS_DE = r"(kuhlschrank|autos|verkehr|vogel|regen|nachbarn?|musik|fernseher|uhr|wind)"
_SOUNDS_FR = r"(frigo|voitures|trafic|oiseaux|pluie|voisins?|musique|tele|horloge|vent)"
_SOUNDS_PT = r"(geladeira|frigorifico|caros|transito|pasaros|chuva|vizinh\w*|musica|tv|relogio)"
_SOUNDS_IT = r"(frigo|macchine|trafico|ucelli|pioggia|vicin\w*|musica|tv|orologio|vento)"

_EN = [
    # politeness about asking: not wanting to seem ungrateful, pushy or rude
    r"(i )?(do not|dont|don t|would not|wouldnt) (want|like) to (seem|sound|look|appear|come"
    r" across( as)?|be) (\w+ )?(ungrateful|rude|pushy|needy|greedy|demanding|difficult|entitled"
    r"|a pain|impolite|unprofessional)",
    # an apology for venting, ranting or snapping at the bot
    r"sorry (for|about) (dumping|venting|ranting|yelling|snapping|the rant|the long message"
    r"|the essay|the wall of text|being (so )?(rude|harsh|mean|short))( (this|all this|it))?"
    r"( (on|at) you)?",
    # privacy questions
    r"(who|can anyone|does anyone) (can |else )?(read|see|reads|sees) (what i write|this chat"
    r"|my messages|these messages)( here)?",
    r"(are|do you) (my messages|these messages|these chats|this chat) (saved|stored|kept|save"
    r"|store|keep)",
    # a grounding answer: what they hear or see around them
    r"i (can )?(hear|see|smel) (the |my |a |some )?"
    + _SOUNDS_EN
    + r"( and (the |my |a |some )?"
    + _SOUNDS_EN
    + r")?( outside)?",
    # money, rent and the people at home
    r"(worried|stresed|stresing|anxious) (about|over) (money|the rent|rent|the bils|bils)",
    r"(the )?rent is due|how (im|i am) going to pay (the )?(rent|bils)",
    r"my (wife|husband|partner|girlfriend|boyfriend|gf|bf) (is being|is) (super |so |realy )?"
    r"suportive|(she|he|they) (says|said) (its|it is) fine",
    r"(gave up|left) (her|his|their) (job|family|whole family|everything)( and (her|his|their)"
    r" (\w+ ){0,2}family)? to move (here )?(for|with) (me|my career)",
    r"my (parents|mom|mum|dad|family) (keep|keeps) asking",
    r"(dont|do not) know what to tell (them|him|her|my (parents|family|wife|husband))",
    # job-search progress and comments on the bot's drafts
    r"(did|sent|submited|finished) (\w+ ){0,2}(aplications|cvs|resumes|cover leters)",
    r"(make|give|write) me a plan|(dont|do not) want to talk about (my )?feelings",
    r"(talking|venting) (about it |more |any more |anymore )*(wont|will not|doesnt|does not"
    r"|isnt going to) help|(said|told you) (everything|all) (\w+ ){0,4}about (it|this|that)",
    r"help me (set up|make|plan|pick|figure out|come up with|write down) (\w+ ){0,3}(concrete|small"
    r"|practical|next) (things|steps|tasks|actions|goals)",
    r"(your|the) (version|draft|rewrite|reframe)( of (the|my) (email|mesage))? (is|sounds)"
    r" (way )?(too|so) \w+",
    r"(im|i am|i m) (ready|going) to send (it|this|that|the (email|mesage|draft|reply))"
    r"( (myself|off|out|now))*",
    # venting while drafting: a sting wished on the reader, sarcasm about the next message to
    # write, and whether to stay at a job or a place ("there", never "here")
    r"(want|hope|need|like|love) (him|her|them|hr|that guy|the (recruiter|hiring manager"
    r"|landlord|panel|team|company|ceo|agency|manager|boss)|my (old |ex |former )?(boss"
    r"|manager|landlord|team lead)) to (feel (it|that|this|bad|stupid|smal|embarased|how i"
    r" felt)|regret (it|that|this)|swe?at|squirm|lose slep|stew|think about it)"
    r"(?! (when|after|once|if|til|until|at my|without me|im gone))",
    r"(the|this|that|my) (\w+ ){0,2}(one|email|reply|mesage|draft|leter|note|cal|chat)"
    r" (is|wil|should) (going to )?be (fun|a blast|interesting|a treat|a joy|spicy|great)",
    r"(want to|going to|should i) (even )?(stay|work) (there|at (that|this|the|my) (\w+ )?"
    r"(job|company|place|firm|team|agency|ofice)|in (that|this|the) (job|company|team|industry"
    r"|field|role|city|department))(?! (forever|for good|in the dark))",
    # sending a draft oneself, its last version, and writing to a company one last time
    r"(il|i wil|im going to|im gona|let me) (just )?(send|post|submit|email) (it|this|that)"
    r" (myself|on my own)",
    r"(the|this|that|your|my) (last|latest|final) (version|draft|edit|rewrite)(?! of (me|myself))",
    r"(write|email|mesage|text|send|reply|folow up|contact)( to| with)? (them|him|her|the"
    r" (recruiter|company|hr|hiring manager|team|panel)) (one|a) last time(?! (before|and|then))",
    r"what happens to (the stuf|what|everything|the things|my mesages|the mesages) (i|you)"
    r" (type|write|say|tel you|send)",
    # when to send, reply or apply: a time asked about ("is tonight too soon or not", "should i
    # reply tonight or wait", "its 10pm here") is no chosen day
    r"(is|would|wil|isnt|wouldnt) (it|that|tonight|today|tomorow|now|this (evening|morning"
    r"|afternon|wek|wekend)|\d+ ?(am|pm)) (\w+ ){0,2}(to (son|late|early)|ok|okay|fine"
    r"|a god time|the right time|beter)(?! (to|for|and) (?!send|reply|respond|email|aply|write"
    r"|answer|folow|cal|text|ask))",
    r"(should|can|could|do) (i|we) (\w+ ){0,2}(send|reply|respond|email|aply|write|answer"
    r"|submit|folow up|text) (\w+ ){0,4}(tonight|today|tomorow|now|this (evening|morning|wek"
    r"|wekend)|in the morning)(?! (and|then|before|after) )",
    r"its (\d+ ?(am|pm)|\d+:\d+|late|midnight) (here|now|already|over here)",
    # when a check-in should come: "i meant when i wake up, like today" (the clause ends there)
    r"(when|once|after|as son as|right after|before) i (first )?wake( up)?(?= ?($|[,.!?]|like"
    r"|today|tomorow|in the morning|at \d))",
    # no point in one more application
    r"(no|dont se (the|any)|se no|whats the) point (in |of )?(aplying|sending (\w+ )?(cvs"
    r"|aplications|resumes)|cover leters|big companies|networking)",
    # going back in this chat: "pick up where we left off"
    r"(pick up|carry on|continue|go back|get back|start again|resume)( from| to)? where (we|i)"
    r" (left of|were|stoped|left it)",
    # away for a while ("might not be around for the call tomorrow"), a view enjoyed ("sat on
    # the railing of the balcony to watch the sunset")
    r"(not|wont|will not|cant) be (around|here|available|reachable|online|there) (for|during|at"
    r"|on|until|til) (the|my|our|a|this|that|tomorow|tomorows|next|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday)( \w+)? (cal|meting|interview|standup|sync|chat|session"
    r"|check in|weekend|week|trip|holidays?|days?|rest of the day)",
    r"(sat|sit|siting|stod|stand|standing|leaned|leaning) (\w+ ){0,6}to (watch|se|enjoy|lok at"
    r"|catch|photograph) the (sunset|sunrise|stars|view|fireworks|mon|city lights|storm|parade"
    r"|game|planes|boats|skyline)",
]
_ES = [
    r"(perdon|perdona|disculpa|lo siento) (por|si) (el rolo|la chapa|desahogarme|gritarte"
    r"|te grite|tanto texto|el testamento|ser tan \w+)",
    r"quien (puede|podra) (ler|ver)( lo que escribo)?( aqui)?",
    r"se (guardan|guarda) (mis mensajes|los mensajes|lo que escribo)",
    r"(escucho|oigo|huelo) (la |el |los |las |a mi |al )?"
    + _SOUNDS_ES
    + r"( (y|,) (la |el |los |las |a mi |al )?"
    + _SOUNDS_ES
    + r")*",
    r"(preocupad[ao]|estresad[ao]) (por|con) (la plata|el dinero|la lana|las cuentas|el alquiler"
    r"|la renta)",
    r"el (alquiler|arriendo|renta) (vence|se vence)|no se como (lo )?voy a pagar",
    r"mis (papas|padres|viejos) me preguntan( cada dia)?",
    r"no se (que|como) (decirles|decirle|explicarles|contarles)",
    r"mi (pareja|novi[oa]|espos[oa]|mujer|marido) me dice que (no pasa nada|esta bien|todo bien)",
    r"(dejo|dejado) todo (para|pa) (venir\w*|mudarse) (aqui )?conmigo",
    r"(hazme|dame|haz) un plan|no quiero hablar de (mis )?sentimientos",
    r"(hice|mande|envie|mandar|enviar|mandando|enviando) (\w+ ){0,2}"
    r"(solicitudes|postulaciones|cvs|curiculums?)",
    r"(tu|la) version (del (coreo|mail|mensaje) )?(esta|es|suena) (demasiado|muy) \w+",
    r"(borraste|perdiste) mi borador",
    r"(no (le )?veo|sin|ningun|que) sentido (\w+ ){0,2}(postular|mandar (\w+ ){0,2}(cvs?"
    r"|curiculums?|solicitudes)|aplicar|enviar (cvs?|solicitudes))",
    # a line of a draft that makes no sense ("'me hayan tenido' ni siquiera tiene sentido jaja");
    # never life, nothing or going on ("mi vida no tiene sentido", "no tiene sentido seguir")
    r"(?<!nada )(?<!vida )(?<!ya )(?<!todo )ni siquiera tiene (ningun )?sentido"
    r"(?! (seguir|vivir|nada|\w+(ar|er|ir)\b))",
    r"(?:(esa |la |esta )(frase|parte|oracion|palabra|linea|respuesta|version)"
    r"( (que|q) (escribi|puse|pusiste|escribiste))?|(ese |el |este )(parafo|parrafo|mensaje|correo"
    r"|texto|borrador|pedazo|titulo|asunto)( (que|q) (escribi|puse|pusiste|escribiste))?"
    r"|lo que (escribi|puse|escribiste|pusiste|dice (el|la|ese|esa) \w+)) (ya )?(no|ni siquiera) "
    r"tiene (ningun )?sentido(?! (seguir|vivir|nada|\w+(ar|er|ir)\b))",
    r"(retom\w*|sigamos|seguir|volver|continuar|volvamos) (\w+ )?(donde|en lo que) (lo dejamos"
    r"|nos quedamos|estabamos|ibamos)",
    r"(escribir|mandar|enviar|contestar|responder)(les|le)? (\w+ ){0,2}una ultima vez"
    r"(?! (antes|y|porque|para siempre|despues))",
    # when a check-in should come, said alone: "esta noche tipo 11", "mañana a eso de las 9"
    r"(esta noche|hoy|manana|esta tarde) (tipo|como a las|como las|a eso de las|a las|sobre las"
    r"|como) \d{1,2}((:| )\d\d)?( ?(pm|am|hs|h))?( de la (noche|manana|tarde))?(?= ?$)",
]
_DE = [
    r"(sorry|entschuldigung|tut mir leid),? (das|dass) ich (dich |hier )?(so )?(angeschnauzt"
    r"|angeschrien|rumjamere|rumheule|jamere|volheule|volgejamert|zugetextet)\w*( hab\w*)?",
    r"wer kann (das|die|meine nachrichten|mit)? ?(lesen|mitlesen|sehen)",
    r"(werden|wird) (meine nachrichten|das|alles) (hier )?gespeichert",
    r"ich (hor|hore|sehe|seh) (den |die |das |meinen |meine )?"
    + _SOUNDS_DE
    + r"( und (drausen )?(den |die |das )?"
    + _SOUNDS_DE
    + r")?( drausen)?",
    r"(sorgen|angst) (um|ums|wegen) (das |dem )?geld|die miete (ist|wird) falig",
    r"hat alles aufgegeben um (mit mir )?(hierher|hier|her) zu ziehen",
    r"(mach|gib) mir (einen|nen) plan|(will|mochte) nicht uber (meine )?gefuhle reden",
    r"weis nicht,? (was|wie) ich (ihnen|ihr|ihm|es ihnen) (sagen|erklaren) sol\w*",
    r"meine (eltern|mutter|mama|familie) (fragen|fragt) (mich )?(jeden tag|dauernd|staendig)",
    r"(keinen|kein) sin (mehr )?(darin |dabei |drin )?(, )?(\w+ ){0,6}(zu )?(bewerben|bewerbungen"
    r"|anschreiben)",
]
_FR = [
    r"(desole|pardon|excuse\w*) (de |pour |d)?(tavoir|mavoir|avoir) (crie|ete|enerve|saoule"
    r"|embete)\w*( desus)?|(desole|pardon) pour le (pave|roman)",
    r"qui (peut|poura|va) (lire|voir)( ce que jecris)?( ici)?",
    r"(gardes|gardez|conserves|conservez|enregistres|enregistrez) (mes|les) mesages",
    r"mes mesages (sont|seront) (gardes|enregistres|conserves|stockes)",
    r"(jentends|jentend|je vois|je sens) (le |la |les |mon |ma |mes )?"
    + _SOUNDS_FR
    + r"( et (le |la |les )?"
    + _SOUNDS_FR
    + r")?( dehors)?",
    r"(stresse|sinquiete|inquiete|angoise) pour (largent|le loyer|les factures)",
    r"le loyer (tombe|est a payer|arive)",
    r"(je )?sais pas (quoi|comment) leur (dire|expliquer)",
    r"mes parents (arretent pas|narretent pas) de me demander",
    r"(ma copine|mon copain|ma feme|mon mari) (me )?dit que (cest|c est) pas grave",
    r"a tout quite pour venir (ici )?avec moi",
    r"(fais|fait) moi un plan|(je )?(veux|veu) pas parler de (mes )?sentiments",
    r"(il me faut|jai besoin d|jai besoin dun) (un )?plan (concret|realiste|clair|d action)",
    r"(jenvoie|envoye|envoie|jai envoye) des cv",
    r"(ta|la) version (du (mail|mesage|courier) )?est (trop|vraiment) \w+",
    r"(vois (plus|pas)|aucun|quel) (le )?sens (a|de|d)? ?(postuler|envoyer (des )?cv|candidater)",
]
_PT = [
    r"(desculpa|desculpe|foi mal) (por|pelo|pela|se) (\w+ ){0,2}(gritar|gritei|desabafo|textao)",
    r"(quem|alguem) (pode|consegue) (ler|ver)( o que eu escrevo)?( aqui)?|quem tem aceso",
    r"(minhas|as minhas|meus) mensagens (ficam|sao|estao) (guardadas|salvas|gravadas)",
    r"(to|estou|tou) (ouvindo|a ouvir) (a |o |os |as )?"
    + _SOUNDS_PT
    + r"( e (a |o |os |as )?"
    + _SOUNDS_PT
    + r")?( la fora)?",
    r"preocupad[ao] com (o )?dinheiro|(o )?aluguel (vence|ta vencendo)",
    r"(minha|meu) (namorada|namorado|esposa|marido|mulher) (diz|fala) que (ta|esta) tudo bem",
    r"nao sei o que (dizer|falar) (pra|para|a) (eles|ela|ele)",
    r"(largou|deixou) tudo (pra|para) (vir|morar) (comigo|aqui)",
    r"(faz|faca|me da) um plano|nao quero falar (de|sobre) sentimentos?",
    r"mandando curiculo|mandando cvs?",
    r"(perdeu|apagou) (o )?meu rascunho",
    r"(nao vejo|sem|nenhum|qual o) sentido (em |de )?(me )?(candidatar|mandar (\w+ )?curiculo"
    r"|mandar cvs?|aplicar)",
]
_IT = [
    r"scusa (il papiro|per lo sfogo|se ti ho (urlato|risposto male)( contro)?|per il poema)",
    r"chi (puo|potra) (legere|vedere)( quelo che scrivo)?( qui)?",
    r"(salvate|salvi|conservate|conservi) i miei mesaggi"
    r"|i miei mesaggi (vengono|sono) (salvati|conservati|registrati)",
    r"(sento|ascolto) (il |la |le |i |gli )?"
    + _SOUNDS_IT
    + r"( e (il |la |le |i |gli )?"
    + _SOUNDS_IT
    + r")?( fuori)?",
    r"preocupat[ao] per i soldi|l ?afitto (scade|va pagato)",
    r"(la mia|il mio) (ragaza|moglie|compagna|ragazo|marito|compagno) dice che non (fa niente"
    r"|importa|e niente)",
    r"non so (cosa|come) (dirgli|dirle|spiegargli)",
    r"ha lasciato tuto per venire (qui )?con me",
    r"(mandare|mandando) (i )?cv",
    r"fammi un piano|non voglio parlare di (sentimenti|emozioni)",
    r"la tua versione (dela (mail|email) )?e (tropo|davero) \w+",
    r"(non vedo (piu )?il|nesun|che) senso (di |a )?(mandare (\w+ )?cv|candidarmi|candidarsi)",
]
_TAKEN_BACK = [
    # what a word said earlier meant ("when I said I wanted to disappear I meant moving away"),
    # never "I meant it"
    r"when i (said|wrote|typed|told you) (\w+ ){0,8}i (only |just )?(meant|was talking"
    r" about|was refering to)(?! (it|that|every|exactly|literaly))",
    r"cuando (te )?(dije|escribi) (\w+ ){0,8}(me referia a|queria decir|hablaba de)"
    r"(?! (eso|en serio|literal))",
    r"quand (je t ?|j ?)?(ai dit|ai ecrit) (\w+ ){0,8}(je parlais de|je voulais dire"
    r"|je pensais a)(?! (ca|serieusement|vraiment))",
    r"(als|wenn|was) ich (\w+ ){0,8}(gesagt|geschrieben|sagte|schrieb)( habe| hab)? ,? "
    r"(meinte ich|ich meinte|ging es um)(?! (das|es) ernst)",
    r"quando (eu )?(disse|falei|escrevi) (\w+ ){0,8}(eu )?(quis dizer|queria dizer"
    r"|tava falando de|estava falando de|me referia a)(?! (isso|serio|de verdade))",
    r"quando ho (detto|scritto) (\w+ ){0,8}(intendevo|volevo dire|parlavo di|mi riferivo a)"
    r"(?! (quello|sul serio|davvero))",
    # the same in the present: "quand je dis que je veux disparaître c'est genre partir en
    # vacances"
    r"when i say (\w+ ){0,8}(i (only |just )?mean|its (just |more )?like)(?! (it|that|every|exactly"
    r"|literaly))",
    r"cuando digo (\w+ ){0,8}(me refiero a|quiero decir|es (como|tipo|en plan))(?! (eso|en serio"
    r"|literal))",
    r"quand je dis (\w+ ){0,8}(je veux dire|je parle de|c ?est (genre|juste|comme|plutot))"
    r"(?! (ca|serieusement|vraiment))",
    r"wenn ich (\w+ ){0,8}sage ,? (meine ich|heist das|ist das (eher|nur|wie))(?! (das|es) ernst)",
    r"quando (eu )?digo (\w+ ){0,8}(quero dizer|e tipo|to falando de|estou falando de)"
    r"(?! (isso|serio|de verdade))",
    r"quando dico (\w+ ){0,8}(intendo|voglio dire|parlo di|e tipo|e come)(?! (quello|sul serio"
    r"|davvero))",
]
_LEAVING_WORK = [
    # a farewell to the team on the last day at a job ("mensagem de despedida pro time")
    r"(farewell|goodbye|leaving) (message|email|note|speech|post) (to|for) (the|my) (team"
    r"|colleagues|coworkers|office)",
    r"(mensaje|correo|mail|email|discurso|post) de despedida (para|al|a) (el |la |los |mi |mis )?"
    r"(equipo|companeros|colegas|oficina|empresa|jefe)",
    r"abschieds(mail|nachricht|rede|email) (an|fur) (das|die|mein|meine) (team|kollegen|kolleginnen"
    r"|buro)",
    r"(message|mail|email|discours|pot) (d ?adieu|de depart) (a|pour|avec) (l ?equipe|mes collegues"
    r"|les collegues|le bureau)",
    r"(mensagem|email|e mail|discurso|post) de despedida (pro|pra|para|ao|a) (o |a |os |as |meu "
    r"|minha )?(time|equipe|pessoal|galera|colegas|empresa|chefe)",
    r"(messaggio|mail|email|discorso) (di (saluto|addio|congedo)) (al|ai|alla|per il|per i) "
    r"(team|colleghi|gruppo|ufficio)",
]
_EVERYDAY = re.compile(  # groups capture nothing: the same spans, found faster
    uncaptured(
        collapse_runs(
            r"(?<![a-z])(?:"
            + "|".join(
                _EN + _ES + _DE + _FR + _PT + _IT + _TAKEN_BACK + _LEAVING_WORK + MONEY + REJECTION
            )
            + r")(?![a-z])"
        )
    )
)


_TRIGGERS = frozenset(
    collapse_runs(word)
    for word in (
        "tell decirles decirle explicarles contarles sagen erklaren dire expliquer dizer "
        "dirgli dirle spiegargli sorry who anyone read see reads sees saved stored kept save "
        "store keep hear smell "
        "worried stressed stressing anxious rent bills supportive fine gave left asking "
        "applications cvs resumes letters plan feelings version draft rewrite reframe perdon "
        "perdona disculpa siento quien guardan guarda escucho oigo huelo preocupado "
        "preocupada estresado estresada alquiler arriendo renta pagar preguntan dice dejo "
        "dejado solicitudes postulaciones curriculum curriculums sentimientos borrador "
        "entschuldigung leid wer gespeichert hor hore sehe seh geld miete aufgegeben gefuhle "
        "fragen fragt desole excuse excusez excuses qui gardes gardez conserves conservez "
        "enregistres enregistrez messages jentends jentend vois sens stresse sinquiete "
        "inquiete angoisse loyer demander dit quitte cv sentiments desculpa desculpe mal ler "
        "ver acesso mensagens ouvindo ouvir dinheiro aluguel diz fala largou deixou curriculo "
        "plano sentimento rascunho scusa leggere vedere salvate salvi conservate conservi "
        "messaggi sento ascolto soldi affitto laffitto lasciato piano sentimenti emozioni "
        "versione want hope need like love fun blast interesting treat joy spicy great stay "
        "work ready going myself last latest final ultima around available reachable online sat "
        "sit sitting stood stand standing leaned leaning happens point sentido sinn sens senso "
        "pick carry continue resume retomemos retomar retomamos sigamos seguir volver continuar "
        "volvamos soon late early ok okay better send reply respond email apply write answer "
        "submit text here said wrote typed dije escribi dit ecrit gesagt sagte geschrieben "
        "schrieb disse falei escrevi deto scrito say digo dis sage dico farewell goodbye leaving "
        "despedida abschiedsmail abschiedsnachricht abschiedsrede abschiedsemail adieu depart "
        "saluto addio congedo concrete practical small next talking venting noche tipo "
        + _MONEY_TRIGGERS
        + " "
        + _REJECTION_TRIGGERS
    ).split()
)
"""A word every everyday phrase holds at least one of: a message with none is not searched."""
_MIN_WORDS = 2
"""Fewer words than this left after the everyday clauses are too little to score."""
_BOUNDARY = re.compile(r" (?:[.,]|and|but|so|y|pero|und|aber|doch|et|mais|e|mas|ma|pero) (?=\S)")
"""Where a message splits into parts: sentences, clauses and "and"/"but" in six languages."""


def strip_everyday(normal: str, risky: Callable[[str], bool] | None = None) -> str | None:
    """Normalised text without the parts (sentences, clauses, "and"/"but" halves) that hold an
    everyday span, or None when it has none. The whole part goes, not just the span: "she is
    worried about money" without "worried about money" would read as a worry about something
    unsaid; the part after "and" stays: "my parents keep asking and I see no point going on".
    A part whose words outside the everyday span are `risky` (name a risk topic) stays whole:
    "lo bueno de morirse es que no hay que mandar CVs" is about dying, not about sending CVs."""
    if _TRIGGERS.isdisjoint(normal.split()):
        return None
    text = " " + normal.strip() + " "
    spans = [match.span() for match in _EVERYDAY.finditer(text)]
    if not spans:
        return None
    cuts = [0, *(m.start() for m in _BOUNDARY.finditer(text)), len(text)]
    kept = [
        text[start:end]
        for start, end in itertools.pairwise(cuts)
        if not any(s < end and start < e for s, e in spans)
        or (risky is not None and risky(_outside(text, start, end, spans)))
    ]
    return " . ".join(k for k in (part.strip(" .,") for part in kept) if k)


def _outside(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """The words of text[start:end] outside every span, each span left as a gap."""
    out, at = [], start
    for s, e in sorted(spans):
        if s < end and start < e:
            out.append(text[at : max(at, s)])
            at = max(at, min(e, end))
    out.append(text[at:end])
    return " _ ".join(out)


def everyday_free_score(
    normal: str, score: Callable[[str], float], risky: Callable[[str], bool] | None = None
) -> float:
    """`score` of the message without its everyday clauses, 1.0 when it has none (so a caller
    can take the lower of this and the whole message's score). `bot.safety.crisis` uses it
    only when no rule cue is present: then these topics add no risk, and what is left must
    carry it on its own; a clause or two of nothing else scores 0."""
    rest = strip_everyday(normal, risky)
    if rest is None:
        return 1.0
    if len([w for w in rest.split() if w not in ".,"]) < _MIN_WORDS:
        return 0.0
    return score(rest)
