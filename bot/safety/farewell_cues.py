"""Goodbyes that may be final, in six languages: the last message to the bot, last words for
family ("tell my mum i love her"), nothing mattering soon, the people and pets left in someone's
care, the rent paid and everything ready, and a farewell after giving up on everything.

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
_LAST = "(?= \\.|$)"
"""The words close the message or its sentence, with nothing added after a comma."""
_PETS = (
    "(cat|cats|kitten|dog|dogs|puppy|pets?|hamster|rabbit|bunny|parrot|bird|gato|gata|gatito"
    "|(el|mi|mis|los|la|su) (perro|perra|perrito)|mascota|katze|kater|hund|hundchen|haustier"
    "|(mon|le|notre) chat|chate|chaton|chien|chienne|cachorro|cachorra|cao|gatinho|gatto|gatta"
    "|(il|mio) cane|cagnolino|micio)"
)
_NOT_A_TRIP = (
    "((?!while |until |this (week|weekend)|for (the|a) (week|weekend|day|night|trip|few days)"
    "|durante |mientras |wahrend |pendant |enquanto |mentre |per (la|il) (setimana|weekend|viagio)"
    "|por (la|una) semana|fur (die|eine) woche|pour la semaine|por uma semana|(\\w+ )?(trip|viaje"
    "|reise|voyage|viagem|viagio|vacation|holiday|vacaciones|urlaub|vacances|ferias|vacanze))(.))"
)
"""Text that is not about minding a pet for a while (a week, a trip, during an interview)."""
_NOT_A_MOVE = (
    "((?!mov|mudanza|mudo|umzug|ziehe|demenag|mudanca|mudar|trasloc|new (flat|place|apartment))(.))"
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

_FAMILY = (
    "(mom|mum|mother|dad|father|parents|sister|brother|family|kids|wife|husband|partner|madre"
    "|mama|padre|papa|hermana|hermano|familia|hijos|hija|hijo|mutter|mama|vater|papa|eltern"
    "|schwester|bruder|familie|kindern|frau|mann|mere|maman|pere|papa|soeur|frere|famille"
    "|enfants|parents|mae|pai|irma|irmao|familia|filhos|filha|filho|pais|madre|mamma|padre"
    "|sorella|fratello|famiglia|figli|genitori)"
)
_SOON_NOTHING = (
    "(soon|pretty soon|before long|pronto|dentro de poco|bald|schon bald|bientot|logo|em breve"
    "|daqui a pouco|presto|tra poco|fra poco) (none of this|none of it|no one of (this|it)"
    "|nothing|nada (de esto "
    "|de eso |disso )?|das (alles )?|nichts (davon )?|(plus )?rien (de tout ca )?|niente (di "
    "tutto questo )?|nulla (di tutto questo )?)"
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
        # "goodnight. for good this time"; "it's been a good run. thanks bot"
        "(good ?night|bye|goodbye|night)( \\.| ,)? (for good|forever) this time" + _END,
        "(its been|it was|it has been|fue|ha sido|es war|cetait|ca a ete|foi|e stato) (a |un |una "
        "|eine |um |uma )?(good|great|nice|buen|buena|gute|schone|beau|belle|bon|boa|bom|bel|bela"
        "|belo) (run|ride|recorido|viaje|zeit|reise|parcours|voyage|jornada|viagem|percorso|viagio)"
        " (\\.|,)? (thanks|thank you|ty|gracias|danke|merci|obrigad[oa]|valeu|grazie)"
        "( (bot|for everything|por todo|fur ales|pour tout|por tudo|di tuto|per tuto))?" + _LAST,
        # "this is my goodbye"
        "(this is|this was|consider this) (my |a )?(goodbye|farewell)" + _END,
        "(esto|esta|este) es (una|mi) (despedida|adios)" + _END,
        "(das ist|das war|dies ist) (mein|ein) (abschied|lebewohl)" + _END,
        "(cest|ceci est) (un|mon) (adieu|au revoir definitif)" + _END,
        "(essa|esta|isso|isto) e (a |uma )?(minha )?despedida" + _END,
        "(questo e|e questo) (il mio|un) (addio|saluto finale)" + _END,
    ), kind="possible"),
    Rule(PLAN, "may be leaving last words for family", (
        # "tell my mum i love her": a message for family passed through the chat
        "(tell|let) my " + _FAMILY + " (know )?(that )?(i love|i loved|im sorry|i am sorry|i m "
        "sorry)( (her|him|them|you))?" + _LAST,
        "(dile|decile|digale|diganle|diganselo) a mi " + _FAMILY + " (que )?(la|lo|los|las) (quiero"
        "|amo|quise)" + _LAST,
        "(sag|sagt|sagen sie) (meiner|meinem|meinen) " + _FAMILY + " ,? (das|dass) ich (sie|ihn"
        "|euch|es) (lieb habe|liebe|lieb hab)" + _LAST,
        "(dis|dites) a (ma|mon|mes) " + _FAMILY + " que je (l|les) ?aime" + _LAST,
        "(fala|diz|diga|fale|avisa|avise) (pra|para|a|ao|pro|pros|pras) (minha|meu|meus|minhas) "
        + _FAMILY + " (que )?(eu )?(amo (ela|ele|eles|elas)|a amo|o amo|os amo|te amo)" + _LAST,
        "(di|dite|dica) (a|alla|al|ai) (mia|mio|miei) " + _FAMILY + " (che )?(le|gli) voglio"
        " bene" + _LAST,
        # "soon none of this will matter"
        _SOON_NOTHING + " (will|is going to|gonna|va a|vaa|importara|spielt|wird|n aura|vai|avra"
        "|importera|conta) .{0,30}(matter|importar|importara|keine rolle|egal|importance|importar"
        "|importanza|importera|contera|piu)" + _LAST,
        "(bald|schon bald) (spielt|ist) (\\w+ ){0,3}(keine rolle mehr|egal)" + _LAST,
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
        # a pet rehomed "because it's better this way", not minded for a week or a trip
        _PETS + " " + _NOT_A_TRIP + "{0,80}(its better (this way|like this)|es mejor asi"
        "|ist besser so|cest mieux (come ca|ainsi)|e melhor asim|e meglio cosi)" + _END,
        # the rent paid and everything ready, not a move
        "(paid|pague|bezahlt|paye|paguei|pagato) (the |el |die |le |o |l )?(rent|alquiler|miete"
        "|loyer|aluguel|afito) " + _NOT_A_MOVE + "{0,80}((its|it is|everything is|everythings)"
        " (all )?(ready|done|sorted|set|in order)|todo (esta )?listo|alles (ist )?erledigt|tout est"
        " (pret|en ordre|regle)|(ta|esta) tudo pronto|(e )?tuto pronto)" + _END,
        # a pet given into someone's care "better than me", not minded for a week or a trip
        _PETS + " " + _NOT_A_TRIP + "{0,100}" + _BETTER_THAN_ME + _END,
    ), kind="possible"),
    Rule(PLAN, "may be giving up on everything before a goodbye", (
        _GIVE_UP_ALL + " .{0,60}" + _FAREWELL + "(?= [.,!]|$| (bot|everyone|all|forever|todos"
        "|alle|tout le monde|tutti|pessoal))",
    ), kind="possible"),
)
