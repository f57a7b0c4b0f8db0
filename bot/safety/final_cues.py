"""Quiet signs of risk in six languages: someone else who said they would end it or is hurting
themself, a joke that puts dying next to the job hunt, and a goodbye that closes for good
without naming death.

Part of the crisis lexicon (see `bot.safety.lexicon` for the pattern syntax and rule kinds); it
extends `bot.safety.quiet_cues`. Every rule here is `possible`: each has an everyday reading
(a joke is often only a joke, a goodbye may be a move), so the person is asked directly and a
"no" goes straight back to where they were. A look-alike stays calm: a haircut ("se corta el
pelo"), a job search that ends ("ça s'arrête là avec cette boîte"), a career that "died".
"""

from __future__ import annotations

from bot.safety.lexicon import PASSIVE, PLAN, SOMEONE_ELSE, Rule

_KIN = (
    "(hermana|hermano|hija|hijo|amiga|amigo|prima|primo|novia|novio|esposa|esposo|companera"
    "|companero|schwester|bruder|tochter|sohn|freundin|freund|kollegin|kollege|cousine|cousin"
    "|soeur|frere|fille|fils|amie|ami|collegue|copine|copain|irma|irmao|filha|filho|amiga|amigo"
    "|prima|primo|namorada|namorado|sorella|fratello|figlia|figlio|amica|amico|cugina|cugino"
    "|coinquilina|coinquilino|collega|ragazza|ragazzo)"
)
_HAIR = "(?! (el |o |i |les |le |la |die )?(pelo|cabelo|capelli|cheveux|haare|barba|unghie))"

RULES: tuple[Rule, ...] = (
    Rule(SOMEONE_ELSE, "may be worried about someone else", (
        "(said|saying|told (me|us)|texted|messaged|wrote) ~ (he|she|they) (had|d|has|have|ve) "
        "(written|wrote|left) ~ (letters|notes) (to|for) (his|her|their) (kids|children|family"
        "|parents|son|daughter|wife|husband)",
        "(texted|said|wrote|messaged|told me) ~~ (done for good|end it all|ending it all)",
        "(posting|posts|posted) ~~ (the end|goodbye|farewell) ~~ (not|isnt|wont|hasnt) "
        "(answering|replying|picking up|responding)",
        _KIN + " ~ (se (corta|esta cortando|hace cortes|lastima)|ritzt sich|se (scarifie|taillade"
        "|fait des entailles)|(se|esta se|anda se) (corta|cortando|machuca)|si (taglia|sta "
        "tagliando|fa (dei )?tagli))" + _HAIR,
        "(dijo|decia|me escribio) que (se iba a|iba a|va a) (quitar de en medio|acabar con todo)"
        "|(a dit|disait|m a dit) qu (il|elle) (allait )?(en finir|en finirait)"
        "|(disse|falou|dizia) que (ia|iria|vai) (acabar com tudo|dar um fim em tudo)"
        "|(aveva detto|ha detto|diceva) che ~ (la faceva finita|l avrebbe fatta finita"
        "|si toglieva di mezzo)",
        "(me deu|me deixou|me entregou|deixou comigo) ~ (gato|gata|cachorro|cachorra|cao) ~~ "
        "(cuida bem|cuide bem|do nada)",
        # someone else's death as a way out: "if he dies at least we get the pension"
        "if (he|she) (dies|died|was dead|were dead) ~ at least (we|i|you|they|the family)"
        "|si se muere (\\w+ )?(al menos|por lo menos) (cobramos|nos quedamos|tenemos)"
        "|wenn (er|sie) (\\w+ )?stirbt (\\w+ ){0,2}(wenigstens|zumindest) (kriegen|bekommen|haben)"
        "|s (il|elle) (meurt|creve) (\\w+ )?au moins (on|nous|vous) (touche|aura|toucherait)"
        "|se (ele|ela) morrer (\\w+ )?(pelo menos|ao menos) (a gente|nos|voces) (recebe|fica|ganha)"
        "|se muore (\\w+ )?almeno (prendiamo|abbiamo|riceviamo)",
    ), kind="possible"),
    Rule(PASSIVE, "may be joking about dying", (
        "(cant|cannot|can not|wont|will not) (reject|fire|ghost|turn down) me if (im|i am|iam"
        "|i was) (dead|gone)",
        "(dead|die|gone) (long )?before (im|i am|iam|i get|i m|anyone) (employed|hired|hires me)",
        "career (in|of) (not existing|nonexistence|non existence|being dead|dying)",
        "(quick|fast|short|express) way down (from|off) ~ (floor|roof|building|bridge|balcony"
        "|window|tower)",
        "(would|will|could) (make|cover|pay for|fund) (a |my )?(lovely |nice |decent |proper )?"
        "(funeral|coffin|burial|casket)",
        "(contrata|contratan|contrate) (a )?(muertos|difuntos|fantasmas)|(empleo|trabajo|puesto)"
        " (es |sera )?de (fantasma|muerto|difunto)|(al menos|por lo menos) (mi )?(funeral"
        "|entierro|velorio)",
        "(plan de carrera|plano de carreira|plan de carriere|piano di carriera|karriereplan) ~ "
        "(fantasma|fantome|gespenst|morir|morrer|mourir|sterben|morire|cementerio|cemiterio"
        "|cimetiere|friedhof|cimitero|ataud|caixao|cercueil|sarg|bara)",
        "(carrera|carreira|carriere|karriere|carriera) ~ (muert\\w*|mort\\w*|morr\\w*|murio|tot"
        "|gestorben) ~~ (acompanar"
        "|acompanhar|seguirla|rejoindre|hinterher|raggiungerla|voy detras|vou atras|vou junto)",
        "(fin de partie|game over) .{0,30}(qui|quelqun|quelqu un) veut (mon|ma|mes)",
        "(je rigole|je plaisante|im joking|i m joking|just kidding|bromeo|es broma|brincadeira"
        "|scherzo|nur spass)( [.,])? (a moitie|half|a medias|mais ou menos|meio|a meta|halb)",
        "(bewerb\\w*|stellt ~ ein) ~~ (sensenmann|beim tod|friedhof)|sensenmann (nimmt|stellt)",
        "als (mein|meine) (wille|lebenswille|lebenslust|lust) (weiterzuleben|zu leben)",
        "(m ouvrir|me couper|me taillader) les (veines|poignets)|(cortarme|abrirme) las venas"
        "|(cortar|abrir) (os|meus) pulsos|(tagliarmi|aprirmi) le vene|(mir )?die pulsadern "
        "(aufschneiden|aufzuschneiden)",
    ), kind="possible"),
    Rule(PLAN, "may be saying goodbye for good", (
        "(no|not much|little) (further |more )?need (of|for) .{0,40}(or|nor) (of )?(much|anything"
        "|anyone|anybody) else",
        "who (gets|will get|takes|should get|can have) my \\w+ .{0,40}(peaceful|calm|at peace)",
        "(affairs|will|paperwork) (are|is|s) (settled|in order|up to date|sorted) .{0,160}(so long"
        "|goodbye|farewell|how it ends|this is it)",
        "it gets better .{0,6}(it )?(didnt|did not|doesnt|does not|wont|never did)"
        " (for me|get better for me)",
        "(paid|paying) (back )?(everyone|everybody|all my debts|what i owed) .{0,120}"
        "(peaceful|at peace|calm)",
        "(pague|salde) (lo que debia|mis deudas|todo lo que debia) .{0,40}(tranquil\\w*|en paz)",
        "(alle \\w+|alles) (gekundigt|bezahlt|geregelt) .{0,80}(seltsam|komisch|merkwurdig)"
        " (ruhig|friedlich)",
        "(ca|tout) s arrete (la |ici )?pour moi(?! (avec|chez|dans|sur|pour))|(aqui|hasta aqui)"
        " (se termina|termina|acaba) (todo )?para mi|(e aqui que|aqui) (termina|acaba) (tudo )?"
        "(pra|para) mim|(e qui che|qui) (finisce|si ferma) (tutto )?per me|hier endet (es|alles)"
        " fur mich",
        "(ouvir|ler|ver) quando (crescer|for maior) .{0,30}(entender|entende) um dia"
        "|(cancellato|chiuso) ~ (social|profili|account) .{0,60}(ho salutato|ho detto addio a)"
        " .{0,40}(adesso|ora) (sono|mi sento) (tranquil\\w*|in pace|seren\\w*)",
    ), kind="possible"),
)
