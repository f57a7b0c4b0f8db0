"""Core crisis concepts in Spanish, German, French, Portuguese and Italian, for the crisis check.

The English lexicon (`bot.safety.lexicon`) is detailed; in the other languages the statistical
model does most of the work, and this concept lexicon lifts its verdict. Each language lists the
same core intents: wanting to die, killing oneself, suicide, ending it all, not wanting to live
or wake up, being a burden, self-harm, means (lethal doses, jumping, hanging, trains) and
goodbyes. Stems with a loose ending (`suicid\\w*`, `lebensmud\\w*`) catch inflections; a cue
denied just before ("no quiero morir", "je vais pas me tuer", "non mi ammazzo") does not count,
and idioms that use the words ("suicidio profesional", "beruflicher Selbstmord", a prevention
job) are blanked first. Patterns match `normalise` output: lower-case ASCII without accents or
apostrophes, letter runs collapsed ("ll" -> "l", "zz" -> "z"), so they are collapsed too.
"""

from __future__ import annotations

import re

from bot.safety.normalise import collapse_runs
from bot.safety.patterns import GRAM_LIMIT, KEY_LENGTH, required_keys

_ES = [
    r"(quiero|quisiera|voy a|pienso en|pensando en|ganas de|decidi|prefiero) "
    r"(morir\w*|matarme|suicidarme|quitarme la vida|desaparecer para siempre)",
    r"me (quiero|voy a|kiero|voi a|vo a) (morir|matar|suicidar|ir de este mundo)",
    r"quitarme la vida|me mato y ya",
    r"(acabar|terminar) con (mi vida|todo(?! (el|la|los|las|lo|esto|eso) ))",
    r"no quiero (vivir|seguir vivo|seguir viva|seguir viviendo|estar vivo|estar viva|despertar)",
    r"(sin|no tengo|ya no tengo) ganas de vivir|kiero morir|me kiero",
    r"(tirarme|aventarme|lanzarme|arrojarme|me (voy a|quiero) (tirar|aventar|lanzar)|me tiro) "
    r"(del|de un|de una|de la|por la|al|a las|a la) "
    r"(puente|edificio|balcon|azotea|ventana|vias?|metro|tren|acantilado|terraza|techo|piso)",
    r"cortarme(?! el pelo| las unas| el fleco)|me volvi a cortar|autolesi\w*",
    r"hacerme dano|lastimarme",
    r"(soy|me siento) una carga|un estorbo para|(estarian|estaria) mejor sin mi",
    r"ojala no (despert\w*|me despierte|hubiera nacido)|dejar de existir|mejor muert[oa]",
    r"(cansad[oa]|hart[oa]) de (vivir|existir)|dosis (letal|mortal)|carta de despedida",
    r"mi ultimo mensaje|no me busquen|ya no estare|(me voy|irme|dejar) (de )?este "
    r"mundo",
    r"(me )?(quemo|queme|quemarme)|me (pego|pegue|golpeo|golpee) (contra|en la cabeza|a mi)"
    r"|(golpearme|pegarme) (contra|a mi|en la)|(volvi|he vuelto|recai) (a )?(las cuchillas"
    r"|cortarme|hacerme dano|lastimarme)|(sin comer|dejar de comer|no como) (\w+ ){0,3}castig\w*",
    r"se (quiere|queria|va a) (morir|matar|suicidar)|quiere (morirse|matarse|suicidarse)"
    r"|ojala se muriera|cuantas (pastillas|pildoras)|(puente|edificio) mas alto"
    r"|cuanto (tiempo )?tarda (uno )?en (ahogarse|morir)|(pistola|escopeta|rifle|arma) en (casa"
    r"|el cajon|el armario|el sotano)",
    r"(regale|regalando|regalo|deje) (todas )?mis cosas|cuiden (a|de) mi (gato|perro|gata|perra)"
    r"|me despido (de todos|para siempre)|no (me )?merezco comer"
    r"|se (va a|puede) quedar con mi (perro|gato|perra|gata)|(mensaje|post) de despedida"
    r"|(plan de carrera|unica salida|unico plan) (\w+ |[.,] ){0,3}"
    r"(morir\w*|la muerte|el cementerio)|(para que|que sentido tiene) seguir",
]
_DE = [
    r"(ich|will|werde|wil|werd) (mich|dich) (umbringen|umzubringen)|mich umzubringen"
    r"|(ich )?bringe? (ich )?mich um",
    r"selbstmord\w*|suizid\w*|das leben (zu )?nehmen|nicht mehr leben|(will|mochte) sterben",
    r"sterben will|lebensmud\w*|lebensmue\w*|keine lust mehr zu leben|ware lieber tot"
    r"|(will|mochte) tot sein",
    r"ritze\w*|geritzt|selbst verletz\w*|mir weh\w*|weh zu tun|mir etwas antun|mir was antun",
    r"nicht mehr (aufwachen|aufzuwachen|da sein|existieren|hier sein)",
    r"(bin|ware) (allen |nur )?(eine )?last|besser dran ohne mich|ohne mich besser",
    r"todliche dosis|uberdosis",
    r"abschiedsbrief\w*|letzte nachricht|vor den zug|auf die gleise|erhang\w*|aufhang\w*",
    r"(von|vom) (der|dem|einer|einem)? ?(brucke|dach|hochhaus|parkhaus|turm) (springen|spring)",
    r"svv|ritzt\w*|mich (selbst )?(schlagen|geschlagen|verbrennen|verbrannt|bestrafen|blutig)"
    r"|(esse|essen|gegessen) (\w+ |[.,] ){0,6}(als|zur) strafe|(als|zur) strafe (\w+ ){0,3}"
    r"(nichts|kaum) (mehr )?(essen|gegessen)",
    r"wie viele (tabletten|pillen)|(hochste|hoechste) (brucke|gebaude|hochhaus)"
    r"|(waffe|gewehr|pistole|flinte) (im|in der|unterm) (keller|schrank|schublade|haus|bett)",
    r"brauch\w* (ich )?keine hilfe mehr|(meine sachen|meine katze|meinen hund) (\w+ ){0,3}"
    r"(verschenkt|verschenke|abgegeben)|kummer\w* (dich|euch) um (meine|meinen) (katze|hund)"
    r"|karriereplan\w* (\w+ |[.,] ){0,2}(sterben|tod|friedhof)"
    r"|wozu (noch )?(weitermachen|weiterleben)",
    r"(gehauen|geschlagen|geboxt|gehaun) (\w+ ){0,2}bis|(brucke|hochhaus|gebaude|turm|parkhaus) "
    r"(\w+ ){0,4}am hochsten|verdien\w* (es )?nicht (zu |was zu )?essen|abschiedsnachricht",
]
_FR = [
    r"me tuer|me suicid\w*|suicid\w*|mettre fin a (mes jours|ma vie)"
    r"|en finir(?! avec (ce|cet|cete|ces|le|la|les|mon|ma|mes) )",
    r"veux mourir|veu mourir|envie de mourir|envie de crever|veux crever|me foutre en lair",
    r"me flinguer|me supprimer|plus envie de vivre|veux plus vivre|ve plus vivre",
    r"(las|lase|fatigue|fatiguee) de vivre|suis un fardeau|mieux sans moi|plus me reveiler",
    r"ne pas me reveiler|plus exister|disparaitre pour toujours|me couper",
    r"me scarifi\w*|me faire du mal|me fais du mal|me pendre|me griff\w*|dose mortele",
    r"me jeter (du|de la|sous|dun|par)|sauter (du|de la|dun) (pont|toit|imeuble|viaduc)",
    r"adieu (a tous|tout le monde|pour toujours)|dis adieu|letre dadieu|dernier mesage",
    r"(je me|jme|me) (fous|fou|fout) en lair|(faire|refaire|fait|fais) une ts|tentative de"
    r" suicide|me (bruler|brule|frapper|frape|gratter|gratte) (\w+ ){0,3}(sang|jusqu|encore)",
    r"a quoi bon (continuer|vivre|me lever)|(aucune|zero|plus de|plus aucune) raison de "
    r"(continuer|vivre)|plan de carriere (\w+ |[.,] ){0,2}(mourir|la mort|le cimetiere)",
    r"combien de (cachets|comprimes|pilules|medicaments)|(pont|imeuble|batiment) le plus haut"
    r"|(fusil|arme|pistolet) (dans|a) (la cave|le tiroir|la maison|le garage)|occupez vous de"
    r" mon (chat|chien)|(donne|offert) (toutes )?mes affaires|merite pas de manger|message dadieu",
]
_PT = [
    r"me matar|matar me|vou me mata|suicid\w*|tirar (a )?minha (propria )?vida",
    r"(quero|qro|kero|vontade de|prefiro) morrer|acabar com (tudo|a minha vida)",
    r"por fim a minha vida|nao quero (mais )?viver|sem vontade de viver|me cortar|me cortei",
    r"me machucar|magoar me|magoei me|me enforcar|me jogar na frente"
    r"|me jogar (da|do|de) (ponte|predio|janela|varanda|viaduto|telhado)",
    r"pular (da|do) (ponte|predio|telhado|viaduto)|cansad[oa] de viver|sou um peso",
    r"melhor sem mim|(queria|espero|prefiro) nao acordar|nunca mais acordar|deixar de existir"
    r"|dose letal|carta de despedida",
    r"ultima mensagem|automutila\w*|nao me procurem|nao (vou|vai) mais dar trabalho (pra|para|a) "
    r"ninguem|(mandei|deixei|passei) (as )?senhas do banco",
    r"(dei|dou|dando|dava) socos na parede|me (queimar|queimei|queimo|bater|bati|arranhar"
    r"|arranhei)|parar de comer (\w+ ){0,2}castig\w*|quer (morrer|se matar)",
    r"quanto tempo (demora|leva) (pra|para) (se )?(afogar|morrer)|quantos (comprimidos|remedios)"
    r"|(arma|espingarda|revolver|pistola) (em casa|na gaveta|no armario)",
    r"(esta|ta) tudo (tratado|resolvido|arrumado)"
    r"|plano de carreira (\w+ |[.,] ){0,2}(morrer|a morte|o cemiterio)"
    r"|(pra que|para que|qual o sentido de) continuar|nao mereco comer"
    r"|(vai|vao) ficar com (o |a )?(meu|minha) (cachorro|gato|cachora|gata|cao)"
    r"|(mensagem|post) de despedida",
]
_IT = [
    r"amazarmi|mi amazo|uciderm\w*|mi ucido|suicid\w*|togliermi la vita"
    r"|farla finita(?! con (questa|questo|il|la|lo|i|le|gli) )",
    r"la facio finita|(voglio|vojo|voio) mori\w*|non voglio piu vivere|voglia di vivere",
    r"tagliarmi|mi taglio|mi sono tagliat\w|impicarmi|buttarmi (giu|dal|da|sotto)",
    r"mi buto (dal|giu|sotto)|farmi del male|autolesion\w*|stanc[oa] di vivere",
    r"sono (un peso|un fardelo)|meglio senza di me|non svegliarmi|smettere di esistere",
    r"dose letale|letera daddio|ultimo mesaggio|non ci saro piu"
    r"|staco la spina (\w+ |[.,] ){0,6}da tuto|(sistemato|mes.? in ordine) (tute )?le mie cose",
    r"bruciarmi|mi brucio|mi sono (bruciat|graffiat|picchiat)\w|picchiarmi|mi picchio"
    r"|prendermi a pugni|graffiarmi|(smeso|smetere) di"
    r" mangiare (\w+ ){0,2}punir\w*|quante (pastiglie|pilole|compresse)",
    r"(ponte|palazo|edificio) piu alto|fucile (da caccia )?(in|nel|nella) (cantina|casa|garage"
    r"|armadio)|pistola (in|nel) (casa|casetto)|trovat[oa] sul (teto|cornicione)",
    r"che senso ha (continuare|vivere|andare avanti)|a che serve (continuare|vivere)"
    r"|(prospettiva|piano) di cariera (\w+ |[.,] ){0,3}(cimitero|morte|morire)"
    r"|non (mi )?merito (di )?mangiare|(mesaggio|post|vocale) (\w+ ){0,2}(di |d )?addio",
]
_PHRASES = _ES + _DE + _FR + _PT + _IT
_CUES = re.compile(collapse_runs(r"(?<![a-z])(?:" + "|".join(_PHRASES) + r")(?![a-z])"))
_IDIOMS = re.compile(
    collapse_runs(
        r"suicidio (profesional|laboral|profisional|profesionale)|suicide profesionel"
        r"|beruflicher selbstmord|selbstmordkommando|(prevencion|prevencao|prevenzione|prevention)"
        r" (del |do |du |dela )?suicid\w*|suizid ?pravention\w*|suicidologi\w*"
    )
)
_NEGATORS = frozenset(
    {
        "no",
        "nunca",
        "jamas",
        "nicht",
        "nie",
        "niemals",
        "kein",
        "pas",
        "jamais",
        "ne",
        "nao",
        "non",
        "mai",
        "nem",
    }
)


_KEYS = required_keys(_CUES)
"""Short strings one of which any cue contains (read from the regex itself, so a text without
any of them cannot match: most messages skip the cue regex, a pass of tens of microseconds)."""
_GRAMS = frozenset(k for k in _KEYS or () if len(k) == KEY_LENGTH)
_SHORT = tuple(k for k in _KEYS or () if len(k) < KEY_LENGTH)


def _may_match(text: str) -> bool:
    if _KEYS is None or len(text) > GRAM_LIMIT:
        return True
    grams = {text[i : i + KEY_LENGTH] for i in range(len(text) - KEY_LENGTH + 1)}
    return not _GRAMS.isdisjoint(grams) or any(k in text for k in _SHORT)


def has_cue(normal: str) -> bool:
    """Whether normalised text states one of the core concepts, not denied just before it."""
    text = _IDIOMS.sub(" ", normal)
    if not _may_match(text):
        return False
    for found in _CUES.finditer(text):
        clause = re.split(r" [.,] ", " " + text[: found.start()])[-1]
        if not _NEGATORS.intersection(clause.split()[-3:]):
            return True
    return False
