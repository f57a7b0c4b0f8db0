"""Goodbyes that may be final, in six languages: the last message to the bot, the people and pets
left in someone's care, and a farewell after giving up on everything.

Part of the crisis lexicon (see `bot.safety.lexicon` for the pattern syntax and rule kinds); it
extends `bot.safety.quiet_cues`. Every rule here is `possible`: a goodbye has everyday readings
(a last day at work, a break from the app, a pet-sitter for a trip), so the person is asked
directly and a "no" goes straight back to where they were. The look-alikes stay calm because the
goodbye must close the sentence ("you won't hear from me again" but not "... until monday"), be
about this chat rather than a company ("I won't write to that recruiter again"), or come with a
pet left for good ("she'll look after him better than I could"), not for a week.
"""

from __future__ import annotations

from bot.safety.lexicon import PLAN, Rule

_END = "(?= [.,!]|$| (lol|haha|tbh|ok|okay|x|xx|bye|thanks|thank you)(?= |$))"
"""The goodbye closes its sentence: "... the last time i'll bother you." but not "... you with
my cover letter"."""
_PETS = (
    "(cat|cats|kitten|dog|dogs|puppy|pets?|hamster|rabbit|bunny|parrot|bird|gato|gata|gatito"
    "|perro|perra|perrito|mascota|katze|kater|hund|hundchen|haustier|chat|chate|chaton|chien"
    "|chienne|cachorro|cachorra|cao|gatinho|gatto|gatta|cane|cagnolino|micio)"
)
_BETTER_THAN_ME = (
    "(better than (me|i (ever )?(did|could|can|do))|mejor que yo|besser als ich|mieux que moi"
    "|melhor (do )?que eu|meglio di me|(can|will|would) do (it|a) better( job)?|(kann|macht)"
    " (das|es) besser|lo (hara|hace|va a hacer) mejor|(le )?(fera|fait) mieux|(vai fazer|faz)"
    " (isso )?melhor|lo (fara|fa) meglio)"
)
_FAREWELL = (
    "(bye|goodbye|farewell|so long|adios|chao|chau|tschus|tschau|lebewohl|lebt wohl|adieu"
    "|tchau|adeus|addio)"
)
_GIVE_UP_ALL = (
    "((not|no longer|never) (doing|trying|applying for|going to do|gonna do) anything (anymore"
    "|any more|ever again)|ya no (voy a )?(hago|hacer|intento|intentar) nada|(ich )?(mache|mach"
    "|tue|versuche) (gar )?nichts mehr|je (ne )?(fais|ferai|tente|tenterai) plus rien"
    "|nao (vou )?(faco|fazer|tento|tentar) mais nada|non (faccio|faro|provo|provero) piu niente)"
)

RULES: tuple[Rule, ...] = (
    Rule(PLAN, "may be saying a last goodbye", (
        # the last message to this chat: "this is the last time i'll bother you"
        "(this is|this will be|its|it is|thats|that was) (the|my) last time (i ?ll|i will|im "
        "going to|i am going to|i) (bother|message|write to|talk to|text|trouble|annoy|write) you"
        + _END,
        "you (wont|will not|are not going to|arent going to|re not going to) (ever )?hear from me"
        " (again|anymore|any more|after (this|today|tonight))" + _END,
        "(i dont think|i doubt|dont think) (i ?ll|i will|im going to|i) (ever )?(be back|come back"
        "|log (back )?in|talk to you|write to you|message you|be on here|be around) (again|here "
        "again|anymore|any more)" + _END,
        "(es|sera|esta es) (la|mi) ultima vez (que|q) (te|les) (escribo|molesto|hablo|escribire)"
        + _END,
        "(no creo|dudo) (que|q) (vuelva|regrese|vaya) a (conectarme|escribirte|escribir|hablarte"
        "|entrar|molestarte|aparecer)" + _END,
        "no (vas|van|volveras|volveran) a (saber|tener noticias) (mas )?de mi" + _END,
        "(das ist|das war|ist|dies ist) (das|mein) letzte mal ,? (das|wo) ich (dir |dich |euch )?"
        "(schreibe|store|nerve|melde|belastige)" + _END,
        "(du wirst|ihr werdet|du horst|ihr hort) nichts mehr von mir (horen)?" + _END,
        "(ich glaube nicht|glaub nicht) ,? (das|dass) ich (mich )?(noch mal |nochmal |wieder )"
        "(melde|einlogge|schreibe|zuruckkomme|komme)" + _END,
        "(cest|ce sera|ce sera) (la|ma) derniere fois (que|qu) (je )?(te|vous|t) ?(ecris|derange"
        "|embete|parle|ecrirai)" + _END,
        "(tu|vous) (n )?(entendras|entendrez) plus (jamais )?parler de moi" + _END,
        "je (ne )?(pense|crois) pas (revenir|me reconnecter|me reconecter|te reparler"
        "|vous reparler|reecrire)" + _END,
        "(e|sera|essa e|esta e) (a|minha) ultima vez (que|q) (eu )?(te |vos |lhe )?(escrevo"
        "|incomodo|falo|mando mensagem)" + _END,
        "(acho|creio) (que|q) nao (volto|vou voltar|entro|vou entrar|te escrevo) (mais|aqui)"
        + _END,
        "(voce|voces|vc|vcs) nao (vai|vao) (mais )?(ter noticias|ouvir falar) (minhas|de mim)"
        + _END,
        "(e|sara|questa e) (l|la|la mia) ?ultima volta (che|ke) ti (scrivo|disturbo|parlo"
        "|scrivero)" + _END,
        "non (credo|penso) (che )?(tornero|di tornare|mi ricolleghero|di ricollegarmi|ti"
        " riscrivero)" + _END,
        "non (mi )?(sentirai|sentirete) piu" + _END,
        # "this is my goodbye"
        "(this is|this was|consider this) (my |a )?(goodbye|farewell)" + _END,
        "(esto|esta|este) es (una|mi) (despedida|adios)" + _END,
        "(das ist|das war|dies ist) (mein|ein) (abschied|lebewohl)" + _END,
        "(cest|ceci est) (un|mon) (adieu|au revoir definitif)" + _END,
        "(essa|esta|isso|isto) e (a |uma )?(minha )?despedida" + _END,
        "(questo e|e questo) (il mio|un) (addio|saluto finale)" + _END,
    ), kind="possible"),
    Rule(PLAN, "may be leaving others in someone's care", (
        # "look after the ones who stay": said of the people left behind
        "(take care of|look after|care for|be there for) (the ones|those|everyone|the people)"
        " (who|that) (stay|are staying|remain|are left|stay behind)" + _END,
        "(cuida|cuide|cuidem|cuidate|cuiden|cuidar|cuidad) (de |a )?(quem fica|los que se quedan"
        "|quienes se quedan|los que quedan|quem ficar|os que ficam|dos que ficam)" + _END,
        "(kummer|kummert|kummere|pass|passt|schau|schaut) (dich |euch )?(um |auf )?(die|alle)"
        " ,? die (hier )?bleiben" + _END,
        "(prends|prenez|prendre) soin de (ceux|celles) qui restent" + _END,
        "(abbi|abbiate|prenditi|prendetevi) cura di (chi resta|chi rimane|quelli che restano)"
        + _END,
        # a pet given into someone's care "better than me", not minded for a week or a trip
        _PETS + " ((?!while |until |this (week|weekend)|for (the|a) (week|weekend|day|night|trip"
        "|few days))(.)){0,100}" + _BETTER_THAN_ME + _END,
    ), kind="possible"),
    Rule(PLAN, "may be giving up on everything before a goodbye", (
        _GIVE_UP_ALL + " .{0,60}" + _FAREWELL + "(?= [.,!]|$| (bot|everyone|all|forever|todos"
        "|alle|tout le monde|tutti|pessoal))",
    ), kind="possible"),
)
