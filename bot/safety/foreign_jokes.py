"""Ways of saying it in jest outside English, for the crisis check's phrases in other languages
(`bot.safety.foreign_cues`): hanging or shooting oneself, being run over, a letter left for family,
switching oneself off, and slang for dying or ending it, in Spanish, German, French, Portuguese and
Italian. Patterns only: text arrives folded (no accents, doubled letters collapsed).
"""

from __future__ import annotations

JOKED = [
    # hanging or shooting oneself, jumping in front of a bus, wishing to be run over, often said
    # as a joke about the next rejection: "je me pends", "me pego un tiro", "mi sparo"
    r"(yo )?me ahorc(o|are|aria)|ahorcarme|(hang|hange|henk) (ich )?mich (\w+ ){0,3}auf"
    r"|je me pend(s|rai|rais)?(?! (au|a son|a ton|a mon|a leur) cou)|(eu )?me enforc(o|arei|aria)"
    r"|mi impic(o|hero|herei)"
    r"|(me )?(pego|pegare|voy a pegar|pegarme|doy|dare) un tiro|volarme la cabeza"
    r"|(mich|ich mich) (\w+ ){0,2}(erschiesen|erschies)|erschies(e|en)? (ich )?mich"
    r"|(mi sparo|spararmi|mi sparerei)(?= [.,]|$| in testa| un colpo| se| lol| ahah| giuro)"
    r"|(je vais|jvais|j vais|je veux|jveux|envie d aler) crever(?! (de|du|des) | d?(ennui|envie))"
    r"|(me )?jog(o|ar|arei|aria) (\w+ )?(na frente|embaixo|debaixo) (do|de|da) (um |uma )?"
    r"(onibus|trem|carro|caminhao|metro)",
    r"(bus|voiture|camion|train|tram|metro) (\w+ ){0,2}(mecrase|m ecrase|me renverse"
    r"|me percute|me fauche)|(bus|auto|lkw|zug|tram|strasenbahn) (\w+ ){0,2}(uberfahrt|erfasst)"
    r" mich|(fahrt|uberfahrt) mich (\w+ ){0,3}(um|tot)(?= [.,]|$| lol| haha| xd)",
    # a letter left for family
    r"(deixei|escrevi|deixo) (uma|a) carta (pra|para|a|pro|ao) (minha|meu|a|o) (mae|pai|irma"
    r"|irmao|filh\w*|familia|espos\w*|marido|namorad\w*)",
    # to stop breathing, to switch oneself off
    r"((quiero|quisiera|ganas de|me gustaria) (dejar de respirar|apagarme)|(quero|queria|vontade"
    r" de) (parar de respirar|me apagar)|(voglio|vorei|voglia di) (smetere di respirare"
    r"|spegnermi)|(wil|mochte|wurde gern) mich (einfach )?abschalten|envie de (m eteindre"
    r"|meteindre)|(dormir|acostarme) y no (volver a )?levantarme)(?! (cosi|tan|tao|tropo|forte"
    r"|rapido|durante|quando|mientras|enquanto|por la|pela|dala|con la|com a|en la|na|nela))",
    # slang for dying: "criar malvas", "les pissenlits par la racine", "virar presunto"
    r"ir a (chupar faros|criar malvas)|criar malvas|(mich|uns) (\w+ )?fur imer verabschieden"
    r"|pisenlits par la racine|(je vais|jvais|j vais) y paser (et tant mieux|pour de bon)"
    r"|capim pela raiz|virar presunto|(andare|vado|andro|raggiungere|raggiungo|tornare) al creatore"
    r"|(ci )?las(cio|ciarci) le pene (aposta|volentieri|per sempre)",
    # slang for ending it: switched off for good, putting an end to everything
    r"(abschiesen|abzuschiesen|wegknallen|wegzuknallen|ausknipsen|auszuknipsen|abschalten"
    r"|abzuschalten) (\w+ )?fur imer|fur imer (abschiesen|abschalten|ausknipsen|einschlafen)"
    r"|(apagarme|desconectarme|dormirme) para siempre|(m eteindre|meteindre) pour (toujours"
    r"|de bon)|(spegnermi|addormentarmi) per sempre|dormir (pra|para) sempre"
    r"|(dar|dando|dou|der|por) (um )?fim (nisso|em|a|na|no) (isso )?(tudo|minha vida)"
    r"(?= [.,]|$| k| rs| mano| cara| sabe)"
    r"|(ponerle|poner|ponga|pongo) (fin|punto final) a (todo|mi vida)(?! (el|lo|esto) )"
    r"|mettre fin a tout(?! (ce|ca|cela|le|la|les) )|(allem|meinem leben) ein ende (setzen|machen"
    r"|bereiten)|(mettere|porre) fine a tutto(?! (il|lo|la|questo|quello|ci) )",
]
