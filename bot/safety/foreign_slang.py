"""Regional and spoken ways of stating a core crisis concept outside English, for the crisis
check's phrases in other languages (`bot.safety.foreign_cues`): not wanting to live any more in
Swiss, Austrian and Bavarian German ("i wott nüme läbe", "ich mag nimmer leben"), tired of life
said the spoken way round ("müde vom Leben") or as a whole ("fatigué de la vie", closing its
clause: not "... de la vie parisienne"), and someone else who says they will kill
themself ("falou que vai se matar", "dijo que se va a matar"), and slang for killing or
harming oneself ("me quiero dar cuello", "mich abmurksen", "me faire sauter le caisson", "ir
dessa pra melhor"). Patterns only: text arrives folded (no accents, doubled letters collapsed).
"""

from __future__ import annotations

SLANG = [
    # not living any more, in Swiss German and the southern dialects
    r"(nume|nimme|nimmer|nimmi|nid meh|nod meh|nid me|nod me) (\w+ )?(labe|lebe|leben)"
    r"|(wot|wott|wil|mocht|mochti|mag) (\w+ ){0,2}(sterbe|stirbe)(?! [a-z])"
    r"|mi (\w+ )?(umbringe|umbrunge)",
    # tired of life, said the spoken way round
    r"(mude|satt|fertig) (vom|mit dem) leben(?! (in|im|auf|als|hier|mit|an|ohne))"
    r"|vom leben (\w+ )?(mude|satt)",
    # tired of life, said as a whole: "je suis fatigué de la vie", "sono stanco della vita"
    r"((cansad[oa]|hart[oa]|harto) de (la|esta) vida|(fatigue|fatiguee|lase|las) de (la|cete) vie"
    r"|(cansad[oa]|farto|farta) (da|desta) vida|(stanc[oa]|stuf[oa]) (della|di questa) vita"
    r"|keinen (bock|nerv) mehr (auf|aufs) (das )?leben|(nimma|nimmer|nimmi) (\w+ )?lebn)"
    r"(?= [.,]|$| (y|e|und|et|pero|mais|ma|mas|aber|en serio|sul serio|vraiment|de verdade"
    r"|ernsthaft|wirklich|lol|jaja|mdr|kkk|ahah))",
    # someone else who says they will kill themself
    r"(vai|ia|vao|iam|quer|queria|pensa em|falou em) se matar(?! (de|trabalhando|estudando))"
    r"|(dijo|dice|dicen|dijeron) que se (va|iba|van|iban) a matar(?! (de|trabajando|estudiando))",
    # Spanish: better dead, hanging, a shot, "darse cuello", "desvivirse", getting out of the way
    # for good, the other neighbourhood ("me desvivo por mis hijos" is devotion; "me muero de
    # risa", "me dieron cuello" (fired) and "quítate de en medio" stay calm)
    r"(mejor|prefiero|ojala) (me muero|me muera|morirme|estar muert[oa])(?! (de|del|d|por) )"
    r"|me (quiero|voy a|kiero|pienso) (ahorcar|colgar|aventar|pegar un tiro|dar un tiro"
    r"|dar cuello|desvivir)(?! (el|la|los|las|un|una|del telefono|de la|del|al|a la))"
    r"|(quiero|voy a|pienso en|pensando en|ganas de|prefiero) (ahorcarme|colgarme|pegarme un tiro"
    r"|darme un tiro|darme cuello|desvivirme|aventarme|quitarme (del|de en) medio para siempre)"
    r"|me (quiero|voy a) (quitar|ir) (del|de en) medio (para siempre|de una vez|ya)"
    r"|(quitarme|me quito) (del|de en) medio(?! (para que|pa que|asi|de (la|esta)|un rato|hoy))"
    r"(?= [.,]|$| (y|pero|la verdad|en serio|jaja|nadie))"
    r"|me (quiero|voy a) ir al otro barrio",
    # German: killing oneself in slang, deleting oneself, doing oneself harm, nobody noticing
    # if one were gone ("mich aus dem Verteiler löschen" stays calm)
    r"mich (\w+ )?(abmurksen|kaltmachen)|mich (selbst )?(loschen|deleten|entsorgen)(?! (aus|von|vom"
    r"|bei|lassen))|mir (et)?was (an(zu)?tun|antue)"
    r"|(wenn|falls) ich (\w+ ){0,3}(weg|nicht mehr da|tot|verschwunden) (\w+ |, ){0,4}(keinem"
    r"|keiner|niemand\w*) (\w+ ){0,2}(auffallen|merken|fehlen|vermissen)",
    # French: blowing one's brains out, a bullet for oneself ("dans le pied" stays calm)
    r"(me )?faire sauter le caisson|me (tirer|mettre|coller) une balle(?! dans (le|les) pied)",
    # Portuguese: going on to a better place, a shot for oneself ("um tiro no pé" stays calm)
    r"(quero|queria|vontade de|vou|pensando em|penso em|to querendo|estou querendo) (\w+ )?"
    r"(ir|partir) dessa (pra|para) (uma )?melhor"
    r"|(quero|vou|vontade de|pensando em|penso em) me dar um tiro(?! no pe)"
    r"|dar um tiro na (minha )?cabeca",
]
