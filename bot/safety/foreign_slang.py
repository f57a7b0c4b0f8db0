"""Regional and spoken ways of stating a core crisis concept outside English, for the crisis
check's phrases in other languages (`bot.safety.foreign_cues`): not wanting to live any more in
Swiss, Austrian and Bavarian German ("i wott nüme läbe", "ich mag nimmer leben"), tired of life
said the spoken way round ("müde vom Leben") or as a whole ("fatigué de la vie", closing its
clause: not "... de la vie parisienne"), and someone else who says they will kill
themself ("falou que vai se matar", "dijo que se va a matar"). Patterns only: text arrives
folded (no accents, doubled letters collapsed).
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
]
