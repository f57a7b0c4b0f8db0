"""Quiet signs of risk in six languages: someone else who says it will all be over or hands a pet
over while the writer is scared, and plans or means asked about without the usual words.

Part of the crisis lexicon (see `bot.safety.lexicon` for the pattern syntax and rule kinds); it
extends `bot.safety.quiet_cues`. Every rule here is `possible`: each has an everyday reading, so
the person is asked directly and a "no" goes straight back to where they were.

- Someone else: a friend or relative who keeps saying they are done with everything ("dice que
  si no consigue trabajo se acaba todo", "sagt immer, dann ist alles vorbei"); who leaves a pet
  with the writer when the writer is scared by it ("my brother dropped his dog at mine and I'm
  worried"). A pet left for a holiday with no worry stays calm.
- Plans and means: whether the nets or barriers on a bridge are finished or have gaps; how long
  hanging or drowning takes (asked "for a story" too); how high a floor leaves no chance to
  survive; "when the money runs out, that's it"; a decision followed by "anyway" ("ho deciso
  così, tanto lunedì arriva l'ennesimo no"); knowing exactly where one would do it. A fence on
  a bridge for a race, how long a training takes, or "when the contract ends, that's it, I move
  back home" stays calm.
- Wishes: wanting everything to stop ("só quero que tudo pare", "je veux juste que tout
  s'arrête"); wanting one thing to stop ("quiero que pare el ruido") stays calm.
"""

from __future__ import annotations

from bot.safety.lexicon import PASSIVE, PLAN, SOMEONE_ELSE, Rule

_REL = (
    "(friend|mate|buddy|bestie|partner|husband|wife|boyfriend|girlfriend|bf|gf|brother|sister|"
    "son|daughter|dad|father|mom|mum|mother|colleague|coworker|roommate|flatmate|cousin|uncle|"
    "aunt|fiance|fiancee|housemate|he|she|they)"
)
_PETS = (
    "(cat|cats|dog|dogs|pets?|hamster|rabbit|bird|plants|kitten|puppy|gato|gata|perro|perra"
    "|mascotas?|plantas|katze|kater|hund|hundin|pflanzen|haustiere?|chat|chatte|chien|chienne"
    "|plantes|cachorro|cachorra|cao|bichos?|gatto|gatta|cane|cagnolino|piante|animali)"
)
_SCARED = (
    "(scared|worried|worrying|freaked|freaking out|something (is|s) off|not like (her|him)"
    "|me (preocupa|asusta|da miedo)|preocupad[oa]|tengo miedo|sorgen|angst|beunruhigt"
    "|j ai peur|jai peur|m inquiete|minquiete|inquiet\\w*|(to|tou|estou|fiquei) (com medo"
    "|preocupad[oa])|assustad[oa]|ho paura|preoccupat[oa]|mi preoccupa)"
)
_OVER = (
    "(done with (everything|it all|all of it|life)|cant (go on|do (this|it) anymore)"
    "|(it|everything) (will|wil|l) (all )?be over|(its|it is|everything is) (all )?over"
    "|se acaba todo|todo se acaba|se acabo todo|ya no (puede|aguanta) mas|esta hart[oa] de todo"
    "|ist (dann )?(alles )?(vorbei|schlus|aus)|kann nicht mehr|hat keine kraft mehr"
    "|tout (va )?s ?arreter?|tout est fini|(c ?est|ce sera) (bientot )?(fini|la fin)"
    "|n ?en peut plus|acaba tudo|tudo acaba|vai acabar tudo|nao aguenta mais"
    "|e finita|finisce tutto|tutto finisce|non ce la fa piu)(?= [.,?!]|$| (soon|now|since|if|when"
    "|anyway|already|pronto|ya|si|bald|schon|wenn|bientot|deja|logo|ja|se|presto|gia))"
)
_SAYS = (
    "(keeps|kept|has been|been|started|always|just) (saying|telling (me|us|everyone)|texting"
    "|writing|posting)|(says|said|told me|texted)|(dice|dijo|repite|sigue diciendo|anda diciendo"
    "|me escribio|me dijo)|(sagt|meint|schreibt|hat gesagt|hat geschrieben|sagt (standig|immer"
    "|dauernd))|(dit|a dit|repete|ma dit|m a dit|ma ecrit|m a ecrit|n ?arete pas de dire)"
    "|(diz|disse|fica dizendo|vive dizendo|falou|me escreveu)|(dice|ha detto|continua a dire"
    "|mi ha scritto|ripete)"
)
_BRIDGE = "(golden gate|bridge|puente|brucke|pont|ponte|viaduct|viaducto|viadukt|viaduc|viadotto)"
_NETS = (
    "(nets?|netting|barriers?|fences?|railings?|redes?|mallas?|barreras?|vallas?|netze?|gitter"
    "|absperrung\\w*|zaune?|filets?|grillages?|barrieres?|garde fous?|grades?|barreiras?|telas?"
    "|reti|rete|barriere|barriera|grate)"
)
_CHECK = (
    "(finish|finished|done|still|gaps?|holes?|get past|climb\\w*|terminad\\w*|terminar\\w*"
    "|todavia|aun|huecos?|fertig|noch|lucken?|fini\\w*|termine\\w*|encore|trous?|ainda|buracos?"
    "|ancora|buchi|most common|most people)"
)
_HOW_LONG = (
    "(how long|how much time) (does|would|will|did|do) (a |the )?(hanging|drowning|bleeding out"
    "|suffocation|suffocating|strangulation|an overdose|overdosing) (take|last|hurt)"
    "|does (hanging|drowning|bleeding out|an overdose) hurt"
    "|cuanto (tiempo )?(tarda|dura|se tarda) (\\w+ ){0,3}(ahorca\\w*|la horca|ahoga\\w*"
    "|desangra\\w*|una sobredosis)"
    "|wie lange dauert (\\w+ ){0,3}(erhangen|erhangt|ertrinken|verbluten|eine uberdosis)"
    "|combien de temps (\\w+ ){0,4}(pendaison|se pendre|se noyer|noyade|se vider de son sang)"
    "|quanto tempo (leva|demora|dura) (\\w+ ){0,3}(enforcamento|se enforcar|enforcar|sangrar ate)"
    "|quanto (tempo )?ci (vuole|mette) (\\w+ ){0,4}(impiccagione|impiccarsi|annegare"
    "|dissanguarsi)"
)
_HEIGHT = (
    "(floor|storey|story|high|height|andar|piso|altura|etage|stock\\w*|hohe|hoch|hauteur|haut"
    "|piano|altezza|alto)"
)
_NO_CHANCE = (
    "(no|not|nao|sem|kein\\w*|pas|aucune|non|nessuna|ninguna) (\\w+ ){0,2}(chance|chances"
    "|possibilidade|posibilidad|oportunidad|moglichkeit|possibilite|possibilita|probabilita|way)"
    " (de |of |to |di |zu )?(sobreviver|sobrevivir|survive|surviving|uberleben|survivre"
    "|sopravvivere)(?= [.,?!]|$| (it|the fall|a fall|la caida|den sturz|la chute|a queda"
    "|la caduta))"
)
_RUNS_OUT = (
    "(when|once|wen|sobald|cuando|quand|quando) ~~ (runs out|run out|is gone|dries up|expires"
    "|auslauft|ablauft|aufgebraucht ist|alle ist|se acabe|se termine|se agote|s ?arete|sera fini"
    "|s ?epuise|acabar|terminar|finisce|finiscono|scade|scadono)( \\w+){0,4} ,? (then |dann )?"
    "(thats it|its over"
    "|im done|dann ist (alles )?(schlus|vorbei|aus)|ist (alles )?(schlus|vorbei|aus)|se acabo"
    "|hasta aqui|c ?est (la )?fini|c ?est la fin|acabou|e o fim|e finita|basta)(?= [.!]|$)"
)
_DECIDED_ANYWAY = (
    "(ive decided|i have decided|its decided|ho deciso|l ?ho deciso|(ya )?lo decidi|ya decidi"
    "|esta decidido|ich hab\\w* (mich )?entschieden|es ist entschieden|j ?ai decide|c ?est decide"
    "|ja decidi|(ta|esta) decidido|e deciso)( (cosi|asi|so|ainsi|assim))?( [.,])? (tanto"
    "|igual|total|sowieso|ohnehin|de toute (facon|maniere)|anyway|mesmo assim|afinal)"
)

_ALL_STOP = (
    "(quiero|quisiera|will|mochte|veux|voudrais|quero|queria|voglio|vorrei) (solo |solamente "
    "|einfach |nur |juste |seulement |so |solo )?(,? )?(que|dass|che) (todo|ales|tout|tudo|tutto)"
    " (pare|se detenga|termine|se acabe|aufhort|vorbei ist|s ?arete|s ?arrete|finise|pare"
    "|acabe|termine|si fermi|finisca)(?= [.,!]|$)"
)
_WHERE_ID = (
    "(know|knew|se|sabe|weis|sais|sei|so) (exactly|already|exactamente|ya|genau|schon"
    "|exactement|deja|exatamente|ja|esattamente|gia)( ,)? (where|when|how|donde|cuando|como|wo"
    "|wann|wie|ou|quand|comment|onde|quando|dove|come) (id|i would|il|i will|lo haria|lo hare"
    "|ich es|je le|faria|farei|vou fazer|lo farei|lo faro)( do it| machen wurde| tun wurde"
    "| ferais| ferai)?"
    "(?= [.,!]|$)"
)

RULES: tuple[Rule, ...] = (
    Rule(PASSIVE, "may want everything to stop", (_ALL_STOP,), kind="possible"),
    Rule(
        SOMEONE_ELSE,
        "may be worried about someone else",
        (
            _REL + " ~~ (" + _SAYS + ") ([^.]{0,80} )?" + _OVER,
            "(mi|meine?|mein|ma|mon|minha|meu|mia|mio) ~~ (" + _SAYS + ") ([^.]{0,80} )?" + _OVER,
            _REL
            + " ~~ (dropped|left|brought|gave|handed) (off )?(her|his|their) "
            + _PETS
            + ".{0,200}"
            + _SCARED,
            "(me dejo|me trajo|me dio|me pidio que cuide|hat mir|brachte mir|gab mir|ma confie"
            "|m a confie|ma laise|m a laise|ma done|m a done|me deixou|deixou comigo|me deu"
            "|me trouxe|mi ha lasciato|mi ha portato|mi ha dato|mi ha afidato) (\\w+ ){0,3}"
            + _PETS
            + ".{0,200}"
            + _SCARED,
        ),
        kind="possible",
    ),
    Rule(
        PLAN,
        "may be asking about means",
        (
            _NETS + " ~~ " + _BRIDGE + " ~~ " + _CHECK,
            _BRIDGE + " ~~ " + _CHECK + " .{0,60}" + _NETS,
            "(gaps?|holes?|huecos?|lucken?|trous?|buracos?|buchi) (in|en|de|im|in den|dans|nas|na"
            "|nelle|nella) (the |las |los |den |les )?" + _NETS,
            _HOW_LONG,
            _HEIGHT + " .{0,60}" + _NO_CHANCE,
        ),
        kind="possible",
    ),
    Rule(
        PLAN,
        "may have set a time or a place to end it",
        (
            _RUNS_OUT,
            _WHERE_ID,
            _DECIDED_ANYWAY,
        ),
        kind="possible",
    ),
)
