"""Practical phrases that hold a risk-topic word, for the crisis check's topic gate
(`bot.safety.risk_topics`): a patient's overdose asked about for a care job, a train driver's
track training, a bridge or a tunnel to the office, desk plants given away on a last day, a
sleeping pill that may leave one groggy at an interview, "not in a bad sense", "before you
worry", an office or a team on a high floor or with a rooftop terrace, a rope or straps to move a
desk or tie a load down (either way round), subscriptions cancelled to save money, a bridge
closed on the way to work or crossed on the commute, where one lives ("eu moro no rio"), sleeping
in, a will or an employer's life insurance asked about, a maximum dose asked about before an
interview, a medicine or a dose asked about for a headache or a fever, an office by a bridge,
a course or a job at heights, a building with parking, a cut from a haircut, a shave or the
kitchen, a cat's scratch, a draft left to rest, and "wir geben uns die Kugel" (getting drunk
together).
`blank_practical(normal)` blanks them (" _ ") so that the word inside names no risk, for the topic
gate and for the core concepts outside English (`bot.safety.foreign_cues`: "cuántas pastillas ...
para el dolor de cabeza"); the regex runs only when one of its key strings is in the text, so
most messages skip it. Patterns are in six languages, written for `normalise` output and
collapsed like it.
"""

from __future__ import annotations

import re

from bot.primitives.regex_keys import pieces
from bot.safety.normalise import collapse_runs
from bot.safety.patterns import GRAM_LIMIT, KEY_LENGTH, required_keys

FLOOR = (
    r"((\d+\w*( [.])?|top|upper|ultimo|dernier|high) (flors?|etages?|pisos?|stock\w*|andar(es)?"
    r"|pian[oi])"
    r"|(piso|piano|andar|etage|stock) \d+)"
)
"""A floor of a building ("piso 30", "the 40th floor", "ultimo piano")."""
_WORKPLACE = (
    r"(l|d)?(office|ofice|oficina|oficinas|bureau|bureaux|buro|ufficio|uffici|escritorio|sede"
    r"|interview|entrevista|entretien|colloquio|vorstellungsgesprach|meeting room|sala|team|desk"
    r"|company|firm|department|equipo|empresa|reunion|departamento|firma|abteilung|equipe"
    r"|reuniao|squadra|azienda|riunione)"
)
"""An office, an interview or a team ("la oficina nueva está en el piso 30"): a place."""
_ROPE = r"(rope|ropes|straps|cuerda|cuerdas|seil|seile|corde|cordes|corda|cordas)"
_MOVE = (
    r"(move|moving|mudanza|mudanca|mudar|umzug|umziehen|demenager|demenagement|trasloco"
    r"|traslocare)"
)
_LOAD = (
    rf"({_MOVE[1:-1]}|carry|sacar|tirar|portare|rauszutragen|desk|escritorio|scrivania"
    r"|schreibtisch|furniture|muebles|mobili|mobel|meubles|moveis|boxes|cajas|caixas|kisten"
    r"|cartons|scatoloni|tie|tie down|strap|mattress|sofa|couch|car roof|amarrar|atar"
    r"|festbinden|festzurren|attacher|legare|trailer"
    r"|remolque|anhanger|remorque|reboque|cacamba|rimorchio|roof rack|baca|dachtrager"
    r"|galerie|bagageiro|portapacchi|van|furgoneta|transporter|camionnette|furgone)"
)
"""A rope or straps to move house, tie a load down or carry a desk, said either way round
("a corda pra amarrar as coisas na caçamba", "fürs Umziehen ein Seil")."""
_MEDS = (
    r"(pills?|tablets?|meds|medication|painkillers?|ibuprofen\w*|paracetamol\w*|aspirin\w*|advil"
    r"|tylenol|nurofen|panadol|pastillas?|pildoras?|comprimidos?|tabletten?|schmerzmittel"
    r"|cachets?|comprimes?|doliprane|dafalgan|efferalgan|dipirona|novalgina|remedios?|compresse"
    r"|pastiglie|pillole|tachipirin\w*|brufen|aulin|\d+ ?(mg|g|gramos?|gramm|grammes?|gramas?"
    r"|grammi))"
)
_AILMENT = (
    r"(headaches?|migraines?|dolor de (cabeza|muelas|espalda)|migrana|jaqueca|kopfschmerz\w*"
    r"|migrane|zahnschmerz\w*|ruckenschmerz\w*|mal (de tete|aux dents|au dos)|dor (de cabeca|de"
    r" dente|nas costas)|enxaqueca|mal di (testa|denti|schiena)|emicrania|fever|fiebre|fieber"
    r"|fievre|febre|febbre|a cold|the flu|resfriado|gripe|grippe|erkaltung|raffreddore"
    r"|influenza|back pain|toothache|cramps|period pain|colicos|regelschmerz\w*|dolori"
    r" mestruali|hangover|resaca|gueule de bois|ressaca)"
)
_NO_DEATH = (
    r"(?!( \w+| [.,]){0,10} (die|dying|dead|death|wake|lethal|fatal|kil\w*|overdos\w*|morir\w*"
    r"|muer\w*|despert\w*|letal\w*|mortal\w*|matar\w*|morer\w*|acord\w*|mourir|meur\w*"
    r"|reveil\w*|tuer|sterb\w*|tot|todlich\w*|aufwach\w*|umbring\w*|morire|muoi\w*|svegli\w*"
    r"|ucc?id\w*|amaz\w*|sobredosis|uberdosis)(?![a-z]))"
)
"""A medicine or a dose named with what it is for ("cuántas pastillas de ibuprofeno para el
dolor de cabeza", "is 1000mg ok for a migraine"), either way round: a practical question,
unless dying or not waking up is named after it (`_NO_DEATH`)."""
_CUT = (
    r"(cut|cuts|cutting|cort\w*|tagli\w*|coup\w*|schneid\w*|geschnit\w*|schnit\w*|shav\w*"
    r"|afeit\w*|rasier\w*|rase\w*|rasant)"
)
_GROOMING = (
    r"(hair|haircut|bangs|fringe|beard|nails|pelo|cabelo|capelli|cheveux|haare|flequillo|franja"
    r"|frangia|frange|pony|barba|barbe|bart|unas|unhas|unghie|ongles|nagel|dedo|finger|doigt|dito"
    r"|cooking|kitchen|cocinando|cocina|cozinhando|cozinha|cucinando|cucina|cuisinant|cuisine"
    r"|kochen|beim kochen|gemuse|verdura|legumes|veggies|onions?|cebolla|cebola|cipolla|oignon"
    r"|zwiebel\w*|paper|papel|papier|carta)"
)
"""A cut from a haircut, a shave or the kitchen ("mi taglio i capelli domani", "me cortei
fazendo a barba", "ich hab mich beim kochen geschnitten")."""
_BRIDGE = r"(bridge|puente|brucke|pont|ponte)"
_COMMUTE = (
    r"(commute|commuting|trajet|peage|toll|pendeln|pendel\w*|fahrweg|anfahrt|maut|traffic jams?"
    r"|bouchons|stau|atasco|engarrafamento|ingorgo|pedagio|pedaggio|peaje|tragitto"
    r"|desplazamiento|trayecto|every day|each day|todo dia|todos los dias|cada dia|tous les jours"
    r"|jeden tag|taglich|ogni giorno|tutti i giorni|diariamente|daily)"
)
"""A bridge on the way to work: crossed every day, a toll, the traffic ("le poste est de l'autre
côté du pont, 1h de trajet", "atravessar a ponte todo dia compensa?")."""
_PRACTICAL = re.compile(
    collapse_runs(
        r"(?<![a-z])(?:"
        r"(bridge|puente|brucke|pont|ponte) (or|o|oder|ou) (the |el |der |le |il |a |o )?"
        r"(tunnel|tunel|ferry|bus|metro|subway|ubahn|u bahn|train|tram|highway|autopista|autobahn"
        r"|autoroute)"
        r"|(other side|otro lado|anderen (fluss)?seite|autre cote|outro lado|(dal?l?)?altra parte"
        r"|lautre cote)"
        r" (of|del|de|do|dal|des|du|vom) (the |la |le |l |o |a )?(river|rio|flus|fleuve|fiume|city"
        r"|ciudad|stadt|ville|cidade|citta|lake|lago|lac)"
        r"|(giv\w* away|gave away|give away|regal\w*|verschenk\w*|donne|doner|dar|dou|vou dar)"
        r" (\w+ ){0,3}((desk|office|oficina|bureau|escritorio|scrivania|ufficio) plants"
        r"|buropflanzen|plantas de la oficina|plantes du bureau|plantas do escritorio|piante (della"
        r" scrivania|dell ?ufficio)) (\w+ ){0,2}(whoever|anyone|quien|wer|qui|quem|chi"
        r"|(my|the|el|das|l|a|il|den|mis|meine|mes|meus|miei) (team|equipo|equipe|colleagues"
        r"|coworkers|colegas|kollegen|collegues|colleghi|companeros))( \w+){0,3}"
        r"|(sleeping pills?|sleep aids?|pastillas para dormir|schlaftablet\w*|somniferes?"
        r"|comprimidos (pra|para) dormir|sonniferi) (\w+ |[.,] ){0,10}(groggy|drowsy|atontad\w*"
        r"|benommen|coaltar|vaseux|grogue|intontit\w*)"
        r"|(overdose|sobredosis|uberdosis) (\w+ )?(de|di|d|bei|of|en|em|eines|einer|del|dun|dune)"
        r" (un |una |um |uma |a |der |des )?(paciente|patient\w*|pazient\w*|cliente|client\w*)"
        r"|(train|tram|subway|metro) (driver|conductor|operator)|maquinista|lokfuhrer|macchinista"
        r"|conducteur de train|(tracks|vias|gleis\w*|voies|trilhos|binari) (training|schulung)"
        r"|(training|formacion|schulung|formation|treinamento|formazione) (\w+ ){0,2}(tracks|vias"
        r"|voies|trilhos|binari|gleisen)"
        r"|(not |no |nicht |pas |non |nao )?(in a|in|nel|en el|en|dans le|au|no|em|im) (\w+ )?"
        r"(sense|senso|sentido|sens|sinne)"
        r"|(before|prima che|antes de que|antes que|bevor|avant que) (you|ti|te|tu|voce|du) "
        r"(worry|preocupi|preocupes|preocupe|sorgen|inquietes)"
        rf"|{_WORKPLACE} (\w+ ){{0,3}}(has|tiene|tem|ha|hat|a) (\w+ ){{0,3}}(rooftop|roof|terrace"
        r"|terraza|azotea|terraco|cobertura|terazza|tetto|dachterase|toit)( \w+){0,4}"
        rf"|{_ROPE} (\w+ |, ){{0,6}}{_LOAD}|{_MOVE} (\w+ |, ){{0,6}}{_ROPE}"
        r"|((cancel\w*|disdet\w*|kundig\w*|gekundigt|resili\w*|cancele\w*|cancelei) (\w+ ){0,3})?"
        r"(subscriptions|suscripciones|abos|abonnements|assinaturas|abbonamenti) (\w+ ){0,3}"
        r"(to save|para ahorrar|um (\w+ )?zu sparen|pour economiser|pra economizar|para economizar"
        r"|per risparmiare)"
        rf"|{_BRIDGE} (\w+ |[.,] ){{0,8}}{_COMMUTE}|{_COMMUTE} (\w+ |[.,] ){{0,8}}{_BRIDGE}"
        r"|(eu |a gente )?(moro|mora|moramos|morava|morar|morando) (em|no|na|nos|nas|perto|longe"
        r"|sozinh\w*|com|aqui|la|ali|num|numa)"
        r"|(sleep|sleeping|slept) (in|til|until|late)"
        rf"|{_MEDS} (\w+ |[.,] ){{0,6}}(for|para|pra|pro|gegen|pour|per|contra|contro|bei) (\w+ )"
        rf"{{0,2}}{_AILMENT}{_NO_DEATH}|{_AILMENT} (\w+ |[.,] ){{0,6}}{_MEDS}{_NO_DEATH}"
        r"|(roof|rooftop) (terace|bar|garden|deck|pool|party|cafe|restaurant|lounge|views?)"
        rf"|{_WORKPLACE} (is|esta|queda|ist|liegt|est|fica|e|sta|si trova) (\w+ ){{0,2}}(by|near"
        r"|next to|close to|cerca del?|junto al?|nahe|neben|bei|pres du|a cote du|perto da|ao lado"
        r" da|vicino al|acanto al) (the |la |el |der |dem |le |la |a |o |il )?(\w+ ){0,2}"
        rf"{_BRIDGE}"
        r"|(curso|certificad\w*|certificate|course|training|formacion|schulung|formation|corso"
        r"|harness|nr ?35) (\w+ ){0,3}(at |de |em |en |in der |in )?(heights|altura|hohe|hauteur"
        r"|quota)|(working|work|trabajos?|trabalho|arbeiten|travail|lavori) (at|en|em|in der|in)"
        r" (heights|altura|hohe|hauteur|quota)|(window|ventanas|janelas|fenster|vitres|vetri)"
        r" (cleaner|cleaning|limpiador\w*|limpador\w*|puter\w*|laveur|pulitore|pulizia)?"
        r" ?(\w+ ){0,3}(high rise|tall buildings|edificios altos|predio alto|predios altos"
        r"|hochhaus\w*|gratacieli|immeubles)"
        r"|(update|updating|write|writing|make|making|change|changing) (my|our|a) will (now|since"
        r"|because|before|after|if|when)|(employer|work|company|group|workplace) life insurance"
        r"|(bridge|puente|brucke|pont|ponte) (\w+ ){0,7}(closed|cerrado|gesperrt|ferme|fechada"
        r"|chiuso|under construction|en obras|baustele|en travaux|em obras|in lavori)"
        r"|((max|maximum|maximal|hochstdosis) (dose|dosis|dosage|dosi)|(dose|dosis|dosi) (maxima"
        r"|massima|maximale|maximal)) (\w+ ){0,5}(before|antes de|antes da|vor dem|avant|prima del"
        r"|prima di) (the |la |el |a |l |un |una )?(interview|entrevista|gesprach|entretien"
        r"|coloquio|exam|examen|esame)"
        rf"|{_WORKPLACE} (\w+ |[.,] ){{0,4}}{FLOOR}|{FLOOR} (\w+ |[.,] ){{0,4}}{_WORKPLACE}"
        r"|(building|edificio|gebaude|immeuble|predio|palazo) (\w+ ){0,2}(has|tiene|hat|a|tem|ha)"
        r" (\w+ ){0,2}(parking|estacionamiento|aparcamiento|parkplatz|stationnement|estacionamento"
        r"|parcheggio|garage|cafeteria|gym|gimnasio|kantine|mensa|cantine|refeitorio)"
        rf"|{_CUT} (\w+ ){{0,4}}{_GROOMING}|{_GROOMING} (\w+ |[.,] ){{0,4}}{_CUT}"
        r"|(cat|cats|kitten|dog|puppy|gato|gata|perro|perra|katze|kater|hund|chat|chaton|chien"
        r"|gatto|gattino|cane|cachorro|gatinho) (\w+ ){0,2}(scratch\w*|aran\w*|kratz\w*|gekratzt"
        r"|griff\w*|grif\w*|graff?i\w*|arranh\w*)( (\w+ ){0,2}(arms?|hands?|legs?|face"
        r"|brazos?|manos?|piernas?|arme?|hande?|beine?|bras|mains?|braccio|braccia|mano|mani"
        r"|bracos?|maos?))?"
        r"|(let|leave|letting|leaving) (it|this|that|the \w+) (\w+ )?rest(?! in peace)"
        r"|(geben|gaben|gegeben) (uns|euch|mir|dir) (\w+ ){0,3}die kugel"
        r"(?! (\w+ ){0,3}(kopf|schlafe))"
        r")(?![a-z])"
    )
)
"""More practical phrases with a risk-topic word, kept apart from `_EVERYDAY_USES` and searched
only when one of their key strings is in the text: a patient's overdose, a train driver's
training, "not in a bad sense", "before you worry", an office rooftop or floor, a rope to move a
desk, subscriptions cancelled to save money, a bridge closed on the way, a maximum dose before an
interview, a building with parking."""
_PRACTICAL_KEYS = required_keys(_PRACTICAL)
_PRACTICAL_GRAMS = frozenset(k for k in _PRACTICAL_KEYS or () if len(k) == KEY_LENGTH)
_PRACTICAL_SHORT = tuple(k for k in _PRACTICAL_KEYS or () if len(k) < KEY_LENGTH)


def _may_match(text: str) -> bool:
    if _PRACTICAL_KEYS is None or len(text) > GRAM_LIMIT:
        return True
    return not _PRACTICAL_GRAMS.isdisjoint(pieces(text)) or any(k in text for k in _PRACTICAL_SHORT)


def blank_practical(normal: str) -> str:
    """Normalised text with its practical phrases blanked (" _ ")."""
    return _PRACTICAL.sub(" _ ", normal) if _may_match(normal) else normal
