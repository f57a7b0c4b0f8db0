"""Goodbye and dark-joke words for the crisis check's topic gate (`bot.safety.risk_topics`).

A goodbye that may be final rarely names death: "see you never", "me despido", "ab morgen
braucht's mich nimmer", "cuida do meu cachorro por mim", thanks for everything before going
quiet, the children sent somewhere "better if they aren't here", belongings or money given to
family (not for the rent), a pet given to a neighbour, "tout est réglé". A joke about dying names
the funeral, the coffin, heaven or becoming a statistic rather than the act: "mes indemnités
couvriront l'enterrement", "in paradiso cercano stagisti?". These words, in English, Spanish,
German, French, Portuguese and Italian, only let the model speak (its score decides): they never
flag a message on their own. Written for `normalise` output (lower-case ASCII, no accents or
apostrophes) and compiled by `bot.safety.risk_topics` (letter runs collapsed there).
"""

from __future__ import annotations

_NO_PURPOSE = (
    r"(?!( [.,])?( \w+)? (para|pra|pro|fur|pour|per|for|zur|um|damit|pagar|pagare|payer"
    r"|bezahlen|to pay)(?![a-z]))"
)
"""Money given to family for a stated purpose (the rent, a bill) is no goodbye."""
EN = [
    r"see (you|ya|yall) never|never see (me|you) again|(you|anyone) (wont|will not) see me again",
    r"(putting|put|laying|lay) (it|everything|it all) down|(no|not much) (further|more) need",
    r"(better|best|safer) (if|that) (they|the kids|the children|he|she|you) (arent|are not"
    r"|werent|were not|isnt|is not) (here|home|around|there)",
    r"(wanted|want|needed|need) (someone|somebody|anyone|you) to know",
    r"(neither|nor) (will|wil|would) i|(wont|will not) last (much )?(longer|long)",
    r"thanks? (you )?for (everything|being (there|kind)|putting up with me)",
    r"you (were|have been|ve been) kind to me|going away (\w+ )?for good",
    r"coffin|casket|burial|bury me|obituary|eulogy|tombstone|headstone",
    r"pearly gates|saint peter|dark humou?r|(gallows|black) humou?r",
    r"(she ?ll|he ?ll|they ?ll|she will|he will|they will) (need|have) to know",
    r"(fed|walked|looked after|taken care of) (after|from) (tomorrow|tonight|today|now on)",
    r"(joking|kidding|laughing) but (im |i am )?(also )?(serious|kinda serious|not really)"
    r"|only half (joking|kidding)|not (entirely|totally|completely) (joking|kidding)",
    r"made (my )?peace with (everything|it all|all of it|life|it)|forgives? me (one day|someday"
    r"|some day|for this|eventually)|(for|to) whoever (needs|wants) (it|them)",
    r"short pier|meteor|asteroid|finish(es)? me of|(my )?body (to|for) science|lose ends",
    r"nothing (left|else) to do|fridge is empty|(wil|ll) find (the|my) (folder|leter|note|envelope"
    r"|box)|(leash|food|meds|bowl|litter) .{0,40}(for|with) (my|the) (neighbou?r|sister|brother"
    r"|mom|mum|parents)|keys .{0,80}knows? (where|what)",
    r"(gave|given|giving|left) (my \w+|all my \w+|the money|the cash|everything) to my (mom|mum"
    r"|mother|dad|father|sister|brother|parents|kids|son|daughter|wife|husband|partner)"
    + _NO_PURPOSE
    + r"|(everything|it all|al) (is|s) (setled|sorted|in order|taken care of|paid)",
]
ES = [
    r"me despido|nos vemos nunca|no me (vuelvan|volveran) a ver|gracias por todo",
    r"funeral|entierro|velorio|ataud|cementerio|tumba|lapida|el cielo|paraiso|mas alla",
    r"(chiste|humor) negro|(cuid\w*|qued\w* con) (a |de )?mi (perro|perrita|perrito|gato|gatito"
    r"|gata|mascota|planta)",
    r"nadie mas|ya no (me )?(necesit\w*|hace falta)|(nunca|ya no) (\w+ )?volver\w*",
    r"(bromeo|es broma|me rio|riendo) pero (en serio|no tanto|hablo en serio|un poco en serio)"
    r"|medio en (broma|serio)|(ya no )?(tendran|tendras|van a tener|vas a tener) que "
    r"preocupar(se|te) por mi",
    r"(dile|decile|digale|diganle) a mi \w+ que|contrasena\w* (\w+ ){0,2}(a|para) mi|nada (de esto "
    r"|de eso )?(va a |vaa )?importar",
    r"laves .{0,80}sabe|(regale|di|deje) (mi|mis) \w+ (a|para) mi",
    r"cabos sueltos",
    r"todo (esta|quedo) (arreglado|en orden|resuelto|pagado|listo)",
    r"(di|deje|regale|pase) (la plata|el dinero|la guita|la lana|mis ahorros) a mi (mama|madre"
    r"|papa|padre|herman[oa]|hij[oa]s?|espos[oa])" + _NO_PURPOSE,
]
DE = [
    r"nimmer|braucht? (\w+ )?mich (nicht mehr|keiner mehr|niemand mehr)|(war|wars) (nett|schon"
    r"|gut) (mit dir|mit euch|dich kennenzulernen)",
    r"beerdigung|begrabnis|sarg|grab|grabstein|friedhof|himmel|jenseits|trauerfeier",
    r"schwarze[rn]? humor|galgenhumor|danke (fur alles|dass du da warst)",
    r"(nimm|nehmt|kummer\w*|pass\w* auf) (\w+ )?(meine katze|meinen hund|meine pflanzen)"
    r"|mach\w* es gut|lebe wohl|wir sehen uns nie",
    r"(hab|habe) (echt|ernsthaft|wirklich|schon) (druber|daruber|dran) nachgedacht"
    r"|(spass|scherz|witz) (beiseite|aber ernst)|halb im (spass|ernst)|nur halb (spass|witz)",
    r"sag (meiner|meinem|meinen) \w+|keine rolle mehr|das wars (jetzt|dann)",
    r"schlusel .{0,80}weis|(meinem|meiner) \w+ (meine|meinen|mein) \w+ (geschenkt|gegeben"
    r"|vermacht)",
    r"losen enden",
    r"ales ist (geregelt|erledigt|bezahlt|aufgeraumt)",
    r"(das|mein|mein ganzes) geld (\w+ ){0,2}(meiner|meinem|meinen) \w+ (gegeben|geschenkt"
    r"|uberwiesen)" + _NO_PURPOSE,
]
FR = [
    r"ponts?|enterrement|obseques|funerailes|cercueil|cimetiere|tombe|paradis|au ciel|l au dela",
    r"humour noir|fin de partie|game over|(qui|quelqu un) veut (mon|ma|mes)",
    r"merci pour tout|on se revera (pas|jamais)|plus jamais",
    r"(garde|gardez|occupe\w*|prends soin) (\w+ )?(de )?(mon|ma) (chat|chien|chienne|chate)",
    r"(je rigole|je plaisante|je ris) (mais|a moitie)|a moitie serieu\w*",
    r"dis a (ma|mon|mes) \w+ que",
    r"cles .{0,80}saura|(donne|ofert|laise) (ma|mon|mes) \w+ a (ma|mon|mes)",
    r"plus rien ne traine",
    r"tout est (regle|range|paye"
    r"|en ordre|pret)|(done|confie|laise) (mon|ma|mes) (chat|chien|chienne|chate|chats|chiens"
    r"|plantes) a|rembourse (toutes )?(mes|les) detes",
    r"(done|laise|vire) (largent|mes economies) a (ma|mon|mes) \w+" + _NO_PURPOSE,
]
PT = [
    r"vir(ar|o|ei|ou|a) estatistica|enterro|funeral|velorio|caixao|cemiterio|tumulo|lapide",
    r"o ceu|paraiso",
    r"humor negro|(cuida|cuide|cuidar|cuidem|fica com|ficar com) (do|da|de|o|a) (meu|minha) "
    r"(cachorro|cachorra|gato|gata|cao|filh\w*|planta\w*)|(deixar|deixei|deixo) (ele|ela|o|a) "
    r"com",
    r"obrigad[oa] por tudo|nunca mais (me )?(ver|vao ver)|ler meu nome",
    r"(rindo|brincando|zoando) mas (to |tou |estou )?(falando )?(serio|meio serio)|meio serio"
    r"|(deixei|deixo|escrevi) (a|uma) carta|nao (vao|vai) (mais )?(precisar|ter que) se "
    r"preocupar comigo",
    r"(fala|diz|diga|fale|avisa) (pra|para|a|ao|pro) (minha|meu|meus) \w+ que|nada (disso )?(vai )?"
    r"importar|nao (vou )?(mais )?(te )?(incomodar|incomodo|atrapalhar)( mais)?",
    r"chaves .{0,80}sabe|(dei|deixei) (o |a )?(meu|minha|meus|minhas) \w+ (pro|pra|para o|para a)"
    r" (meu|minha)",
    r"pontas soltas",
    r"(dei|deixei|pasei) (o dinheiro|a grana|minhas economias) (pra|para|pro|a|ao) (minha|meu"
    r"|meus|minhas) \w+" + _NO_PURPOSE,
]
IT = [
    r"muoio|morirei|morissi|morendo|paradiso|aldila|in cielo|funerale|bara|cimitero|tomba",
    r"umorismo nero|humor nero|lapide|necrologio|grazie (di|per) tutto|non mi (vedrete|vedrai)",
    r"(tieni|tenete|prenditi cura|prendetevi cura|bada|badate) (\w+ )?(del |il |la |al )?(mio "
    r"|mia )(gatto|gatta|cane|cagnolino|piante)",
    r"(scherzo|rido|ridendo) ma (non troppo|sul serio|mica tanto)|mezzo serio"
    r"|non (dovrete|dovrai) piu preoccupar(vi|ti) per me",
    r"di (a|alla|al) (mia|mio|miei) \w+ che|(avra|avrano) (piu )?importanza",
    r"chiavi .{0,80}sa|(regalato|dato|lasciato) (la mia|il mio|i miei|le mie) \w+ a (mia|mio)",
    r"questioni in sospeso",
    r"(dato|lasciato|dati) (i soldi|i miei risparmi) a (mia|mio|miei) \w+" + _NO_PURPOSE,
]
