"""Core crisis concepts in Spanish, German, French, Portuguese and Italian, for the crisis check.

The English lexicon (`bot.safety.lexicon`) is detailed; in the other languages the statistical
model does most of the work, and this concept lexicon lifts its verdict. Each language lists the
same core intents: wanting to die, killing oneself, suicide, ending it all, not wanting to live
or wake up, being a burden, self-harm, means (lethal doses, jumping, hanging, trains) and
goodbyes. Stems with a loose ending (`suicid\\w*`, `lebensmud\\w*`) catch inflections; a cue
denied just before ("no quiero morir", "je vais pas me tuer", "non mi ammazzo", or further back
past thoughts or plans: "non ho pensieri di farmi del male") does not count, while a "no" that is
a rejection ("otro no", "mi arriva un no") denies nothing, and idioms that use the words
("suicidio profesional", "beruflicher Selbstmord", a prevention job) are blanked first, as are
death words said lightly ("ma mère va me tuer", `bot.safety.said_lightly`).
Patterns match `normalise` output: lower-case ASCII without accents or apostrophes, letter runs
collapsed ("ll" -> "l", "zz" -> "z"), so they are collapsed too.
"""

from __future__ import annotations

import re

from bot.primitives.alternation import uncaptured
from bot.primitives.regex_keys import pieces
from bot.safety.foreign_jokes import JOKED as _JOKED
from bot.safety.foreign_slang import SLANG as _SLANG
from bot.safety.normalise import collapse_runs
from bot.safety.patterns import GRAM_LIMIT, KEY_LENGTH, required_keys
from bot.safety.practical_uses import blank_practical
from bot.safety.said_lightly import blank_lightly

_NOT_AT_WORK = (
    r"(?! (pro|pra|para|ao|a|al|a los|para el|para la) (o |a |os |as |el |la |mi |meu |minha )?"
    r"(time|equipo|equipe|pesoal|galera|colegas|companeros|empresa|trabajo|trabalho|oficina))"
)
"""A farewell message to the team at work ("mensagem de despedida pro time") is a job left."""
_ES = [
    r"viaje sin (regreso|retorno|vuelta)|(cerrar|cierro|cerre) los ojos (\w+ ){0,3}(y )?(ya )?no"
    r" (volver a )?abrirlos|(miedo|me preocupa|temo) (de )?que (\w+ ){0,2}(haga|hagas) una locura"
    r"|(dice|dijo|dijeron) que (va|iba) a hacer una locura(?! [.,] (\w+ )?\w+(ar|er|ir|re)(?![a-z]"
    r"))",
    # means asked about, at hand or planned: carbon monoxide timed, tracks or bridges watched at
    # night, a knot for a person's weight, a painless way, the rope in the car, a date after an
    # event; someone else jumping; not bothering anyone much longer; slang for dying
    r"(cuanto|cuanto tiempo|que tan rapido) (\w+ ){0,5}(monoxido|el gas del (coche|carro|auto))"
    r"|monoxido (\w+ ){0,6}(cuanto|tarda|efecto)|(vias|rieles|puente|azotea) (\w+ ){0,5}"
    r"(vigilad\w*|cercad\w*|vallad\w*|custodiad\w*)|nudo (\w+ ){0,6}(aguant\w*|sopor\w*|sosten\w*)"
    r" (\w+ ){0,3}(el )?peso|(forma|manera|modo) (mas rapida |menos dolorosa |sin dolor |indolora )"
    r"(\w+ ){0,2}(de|para) (irse|irme|morir\w*|acabar|matarse|dormirse para siempre)"
    r"|(cuerda|soga) (\w+ ){0,3}(en el (maletero|baul|coche|carro|auto|armario)|comprada|lista)"
    r"|(planee|decidi|voy a) hacerlo (despues|antes) (de|del) (\w+ ){0,2}(cumple\w*|boda|navidad"
    r"|graduacion)|(se tira|se va a tirar|se quiere tirar|se avienta|se va a aventar|se lanza"
    r"|se va a lanzar) (del|de un|de una"
    r"|de la|al|a las|a la) (puente|edificio|balcon|azotea|ventana|vias?|metro|tren|techo|piso)"
    r"|(ya no|no|pronto no) (los|las|les|te) (voy a |va a |vamos a )?(molestar|molestare"
    r"|fastidiar|dar (mas )?lata) (\w+ )?(por mucho tiempo|mucho mas|pronto)"
    r"|(quiero|voy a|me voy a|ganas de|ojala|prefiero|mejor) (\w+ )?(petatear\w*|colgar los tenis"
    r"|estirar la pata|chupar faros|palmarla|espicharla|irme al otro barrio)|me (quiero |voy a )?"
    r"petatear|ya me (voy a )?petate\w*",
    r"(quiero|quisiera|voy a|pienso en|pensando en|ganas de|decidi|prefiero) "
    r"(morir\w*|matarme|suicidarme|quitarme la vida|desaparecer para siempre)",
    r"me (quiero|voy a|kiero|voi a|vo a) (morir|matar|suicidar|ir de este mundo)",
    r"(me )?(he |ha )?vuelt[oa] a cortar\w*|no (quiere|queria|quieres) (vivir|seguir viv[oa]"
    r"|seguir viviendo)|no despertarme|si (desapareciera|me muriera|no estuviera)"
    r"|estari\w* mejor sin (mi|el|ella)|no estar viv[oa]|(sin comer|no como) (\w+ |[.,] ){0,3}"
    r"me lo merezco|hasta sangrar|(tengo|compre) (la|una) cuerda|desvivir\w*|me voy a desvivir"
    r"|(tirarme|tirarse) (desde|de) (un|una|el|la)|(para que|pa que) me levanto"
    r"|me (he )?quemado (el|la|los) (antebrazo|brazo|mano|pierna)",
    r"sobro en (este mundo|esta vida|todos lados|todas partes)|estoy de sobra en (este|la)"
    r"|quitarme la vida|me mato y ya|me mato (antes|de una vez|hoy|ya)|o me mato|me quito la vida"
    r"|si no (\w+ ){1,5}me mato(?! (trabajando|estudiando|de|a|por|con|en))",
    r"(dar|darme|darse|doy|dare|de) (el )?cuello|(me quiero|me voy a|quiero) dar (el )?cuello"
    r"|si no (despierto|despertara|me despierto) (\w+ ){0,2}(tampoco |no )?(pasaria|pasa"
    r"|importaria|cambiaria) nada",
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
    r"mi ultimo mensaje|no me busquen|ya no estare|(me voy|irme|dejar) (de )?este mundo",
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
    + _NOT_AT_WORK
    + r"|(ya )?no (le )?(tiene|veo|le veo|hay) (ningun )?caso (seguir|vivir|continuar|despertar)"
    r"|mi vida (ya )?(no|ni siquiera|ni) tiene (ningun )?sentido"
    r"|(plan de carrera|unica salida|unico plan) (\w+ |[.,] ){0,3}"
    r"(morir\w*|la muerte|el cementerio)|(para que|que sentido tiene) seguir",
]
_DE = [
    r"(wie lange|wie schnel) (\w+ ){0,5}(kohlenmonoxid|abgase|co)|kohlenmonoxid (\w+ ){0,6}"
    r"(wie lange|dauert|wirkt)|(gleise|schienen|brucke|dach) (\w+ ){0,5}(bewacht|uberwacht"
    r"|eingezaunt|gesichert|abgesperrt)|knoten (\w+ ){0,6}(halt|tragt|hielte) (\w+ ){0,3}gewicht"
    r"|(schmerzlos\w*|sanftest\w*) (art|weg|methode|moglichkeit) (zu gehen|zu sterben|zu enden"
    r"|sich umzubringen)|(strick|seil) (\w+ ){0,3}(im kofferraum|im auto|im keller)"
    r"|(springt|springe|spring|springen|hupft|hupfe) (\w+ ){0,2}(von|vom|aus dem|aus) (der |dem "
    r"|einer |einem )?(brucke|dach|hochhaus|parkhaus|turm|balkon|fenster)|(vom|von der|von dem"
    r"|aus dem) (brucke|dach|hochhaus|parkhaus|turm|balkon|fenster) (\w+ )?(springen|springt"
    r"|spring|springe)|(euch|dich|ihnen|niemandem) (\w+ )?(bald |nicht mehr lange )(zur last"
    r"|auf die nerven)|den lofel abgeben|abkratzen (will|mochte|werde)|(mich|sich) ((?!bei |aus |v"
    r"on )\w+ ){0,2}"
    r"(ausloggen|auszuloggen|abmelden|abzumelden) (\w+ |[.,] ){0,3}(so richtig|richtig|fur immer"
    r"|endgultig|vom leben|nicht nur hier)",
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
    r"den abgang (machen|mache|zu machen)|mach\w* (\w+ )?(bald |heute )?den abgang|unaliv\w*"
    r"|nicht (mehr )?(aufzuwachen|aufwacht|aufwache)|des lebens mude|den loffel abzugeben"
    r"|ins gras (zu )?beisen|(fur immer|ewig) (einschlafen|einzuschlafen|schlafen)"
    r"|aufhoren zu existieren|(sicher|garantiert) nicht (mehr )?uberlebt",
    r"(bin|ware) (allen |doch |nur |noch |einfach )*(eine |ne )?last(?! minute)"
    r"|wenn ich (einfach |nicht mehr |endlich )?(weg|tot|nicht mehr da) (war|ware|bin)"
    r"|(ohne mich|mit (seiner|meiner|ihrer) lebensversicherung) (ein )?(leichteres|besseres"
    r"|besser dran)|(wurde|wurd) (niemandem|keinem) (fehlen|auffallen|gros auffallen)"
    r"|(niemand|keiner) (wurde|wurd) mich vermissen|hoffentlich wars das"
    r"|wozu (ich )?(uberhaupt |eigentlich )?(noch )?(aufstehe|lebe|weitermache)",
    r"mich (zu |selbst zu )?schneiden|mich (\w+ ){0,4}geschnitten|(strick|seil) (\w+ ){0,3}"
    r"(gekauft|besorgt|liegt|hangt)|den strick|garage (\w+ ){0,6}motor"
    r"|(volle|ganze|zwei|drei) (packung|packungen) (\w+ ){0,2}(tabletten|schlaftabletten"
    r"|morphin\w*)|blutig (kratz\w*|gekratzt|geschlagen)|(kratz\w*|schlag\w*) (\w+ ){0,4}"
    r"(blutig|bis es blau)|passiert mir (einfach |endlich )?(was|etwas)(?! (gutes|schones))"
    r"|(heute nacht|mit allem|mit dem leben|endgultig|fur immer) schlus (machen|mache|zu machen)"
    r"|macht euch keine sorgen (mehr )?um mich",
    r"(lang|lange) genug (durchgehalten|gelebt|gekampft)|(mein|meine) letzte[rn]? grus"
    r"|entleb\w*|(geb|gebe|geben|gib) (ich )?mir (\w+ ){0,2}die kugel|mir die kugel geben"
    r"|(nichts|kaum was|kaum etwas|nix|kaum) (\w+ ){0,2}gegessen ?,? mit absicht"
    r"|mit absicht (\w+ ){0,3}(nichts|kaum|nix) (\w+ )?gegessen"
    r"|verdien\w* (das essen|essen|es zu essen) (gar )?nicht",
    r"(gehauen|geschlagen|geboxt|gehaun) (\w+ ){0,2}bis|(brucke|hochhaus|gebaude|turm|parkhaus) "
    r"(\w+ ){0,4}am hochsten|verdien\w* (es )?nicht (zu |was zu )?essen|abschiedsnachricht",
    r"(todes|suizid|selbstmord)gedanke\w*",
]
_FR = [
    r"me (metre|tirer|foutre) une bale|me tirer une bale|(peur|crains|inquiet\w*) qu ?(il|elle)"
    r" (ne )?(fase|fait) une (betise|conerie)|(dit|dite|ecrit) qu ?(il|elle) (va|alait) faire"
    r" une (betise|conerie)(?! [.,] (\w+ )?\w+(ar|er|ir|re)(?![a-z]))",
    r"(combien de temps|en combien) (\w+ ){0,5}(monoxyde|gaz dechapement)|monoxyde (\w+ ){0,6}"
    r"(combien|temps|effet)|(voies|rails|pont|toit) (\w+ ){0,5}(surveil\w*|cloture\w*|garde\w*"
    r"|grillage\w*)|noeud (\w+ ){0,6}(tien\w*|support\w*) (\w+ ){0,3}(le )?poids|(facon|maniere"
    r"|moyen) (la plus rapide |la moins douloureuse |sans douleur |indolore )(\w+ ){0,2}de "
    r"(partir|mourir|en finir|me tuer|se tuer)|corde (\w+ ){0,3}(dans (le coffre|la voiture"
    r"|le garage)|achetee)|(prevu|decide|choisi) de le faire (apres|avant) (\w+ ){0,3}(l?aniv\w*"
    # "(longtemps)": a group, so the quick check keys on "plus", not on the English "long"
    r"|mariage|noel|fetes)|(bientot|plus (pour )?(tres )?(longtemps)) (\w+ ){0,3}(vous|te|t)"
    r" (embeterai|derangerai|generai|ennuierai|embeter|deranger)|(vous|te|t) (embeterai"
    r"|derangerai|generai|ennuierai) plus (pour )?(tres )?(longtemps)|casser (ma|sa) pipe"
    r"|passer l ?arme a gauche|me deconecter (?!(de|d) (linkedin|facebook|insta\w*|twiter|tiktok|("
    r"des |les )?reseaux|ce|cet|cete|mon|ma|mes|l ?apli\w*|whatsapp|slack|teams|internet))(\w+ ){0"
    r",2}(pour de bon|pour toujours|definitivement"
    r"|de la vie)",
    r"me tuer|me suicid\w*|suicid\w*|mettre fin a (mes jours|ma vie)"
    r"|en finir(?! avec (ce|cet|cete|ces|le|la|les|mon|ma|mes) )",
    r"veux mourir|veu mourir|envie de mourir|envie de crever|veux crever|me foutre en lair",
    r"me flinguer|je me flingue(?! (au|a|de|la))|me supprimer|plus envie de vivre|veux plus vivre"
    r"|ve plus vivre",
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
    r" mon (chat|chien)|(donne|offert) (toutes )?mes affaires|merite pas de manger|message dadieu"
    r"(?! (a|pour) (l ?equipe|mes colegues|les colegues|le bureau|mon equipe))",
]
_PT = [
    r"fazer a pasagem|desencarn\w*|(medo|receio) (de|que) (ele|ela) (faca|fazer) (alguma )?"
    r"besteira|(disse|falou|escreveu) que (vai|ia) fazer (uma |alguma )?besteira(?! [.,] (\w+ )?\w"
    r"+(ar|er|ir|re)(?![a-z]))",
    r"(quanto tempo|em quanto tempo|quao rapido) (\w+ ){0,5}(monoxido|gas do (carro|escapamento))"
    r"|monoxido (\w+ ){0,6}(quanto|demora|leva|efeito)|(trilhos|linha do trem|ponte|viaduto"
    r"|telhado|terraco) (\w+ ){0,5}(vigiad\w*|cercad\w*|monitorad\w*|guardad\w*)|no (\w+ ){0,4}"
    r"(aguenta|segura|suporta) (\w+ ){0,3}peso (de (uma|um) (pessoa|adulto|homem)|humano)"
    r"|(jeito|forma|maneira) (mais rapid[oa] |menos doloros[oa] |sem dor |indolor )(\w+ ){0,2}"
    r"(de|pra|para) (partir|morrer|ir embora|acabar)|(a |uma )?corda (\w+ ){0,3}(no porta malas"
    r"|no carro|na garagem|comprada)|(planejei|decidi|vou) fazer (isso )?(depois|antes) (do|da)"
    r" (\w+ ){0,2}(aniversario|casamento|natal|formatura)|(se jogar|se joga|se jogou) (da|do|de|na"
    r" frente)|(logo|em breve) (\w+ ){0,3}nao (vou |vai )?(mais )?(incomodar|atrapalhar|dar"
    r" trabalho)|bater as botas|abotoar o paleto|desligar (\w+ ){0,2}de vez",
    r"(como|jeito de|maneira de) se matar|me matar|matar me|vou me mata|suicid\w*"
    r"|tirar (a )?minha (propria )?vida|se (\w+ ){0,2}(nao|nem) (\w+ ){1,5}(eu )?me mato"
    r"(?! (de|trabalhando|estudando|por|com|no|na))",
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
    r"|(mensagem|post) de despedida" + _NOT_AT_WORK,
]
_IT = [
    r"(paura|temo) che (\w+ )?(faccia|fa) (una )?(cazata|sciochezza|pazia)|(dice|detto|scritto)"
    r" che (fara|vuole fare|sta per fare) una (cazata|sciochezza|pazia)(?! [.,] (\w+ )?\w+(ar|er|i"
    r"r|re)(?![a-z]))",
    r"(quanto (tempo )?ci (mette|vuole)|in quanto tempo) (\w+ ){0,5}(monosido|gas di scarico)"
    r"|monosido (\w+ ){0,6}(quanto|tempo|efeto)|(binari|ponte|teto|viadoto) (\w+ ){0,5}"
    r"(sorvegliat\w*|recintat\w*|custodit\w*|controlat\w*)|nodo (\w+ ){0,6}(regg\w*|tien\w*"
    r"|sopport\w*) (\w+ ){0,3}(il )?peso|(modo|modi|maniera) (piu rapid[oa] |meno doloros[oa] "
    r"|senza dolore |indolor[ei] )(\w+ ){0,2}(di|per) (andarsene|morire|farla finita|amazarsi)"
    r"|modi indolori(?! (per|di) (\w+ )?(toglie\w*|depila\w*|rimuove\w*|epila\w*|ceretta|tatua\w*|"
    r"bucar\w*|smet\w*|partori\w*))|corda (\w+ ){0,3}(nel bagagliaio|in macchina|in garage|comprat"
    r"a)"
    r"|si (butta|buttera|vuole buttare|getta|lancia) (giu )?(dal|da|sotto)|(presto|tra poco)"
    r" (\w+ ){0,3}non (vi|ti) (disturbero|daro (piu )?fastidio)|tir(are|o|a|ero) le cuoia"
    r"|(voglio|vorei) (crepare|schiattare)",
    r"amazarmi|mi amazo|uciderm\w*|mi ucido|suicid\w*|togliermi la vita"
    r"|farla finita(?! con (questa|questo|il|la|lo|i|le|gli) )",
    r"mi (voglio|vorei|vado a|devo|faccio) (amazare|ucidere|impicare|buttare giu)"
    r"|buttarsi (giu|dal|da|sotto)|(se )?spari(sse|ssi|rei|re per sempre)"
    r"|non (ci )?(fosi|esere|eserci) piu|voglia di eserci|non (mi )?svegli\w* piu"
    r"|(l?ultima volta|per sempre) (\w+ ){0,2}chiudo gli ochi|chiudo gli ochi (\w+ ){0,2}per sempre"
    r"|(vale|valgo|varei|varebbe|varebbero) piu da mort[oa]|da mort[oa] non (devo|dovrei)"
    r"|(disiscrivermi|cancelarmi|dimetermi|licenziarmi) dala vita|non (vi|ti|le) daro piu"
    r" (fastidio|problemi)|la corda (ce lho|ce l ho|e pronta|gia)",
    r"(non mangio|smeso di mangiare) (\w+ ){0,4}(apposta|me lo merito)|la facio finita"
    r"|(voglio|vojo|voio) mori\w*|non voglio piu vivere|voglia di vivere",
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
_IF_I_DIE = [
    # dying as the way out of the job hunt, often in a joke: "if i die at least i won't ..."
    r"si (me )?muero (\w+ )?(al menos|por lo menos|ya no)|wenn ich (\w+ )?sterbe (\w+ ){0,2}"
    r"(wenigstens|zumindest|muss ich (\w+ )?(kein\w*|nicht))|si (je )?(meurs|creve) (\w+ )?"
    r"(au moins|plus (de|besoin))|se (eu )?morrer (\w+ )?(pelo menos|ao menos|nao (vou|preciso))"
    r"|se (io )?muoio (\w+ )?(almeno|non (devo|dovro))|(al menos|por lo menos) si (me )?muero"
    r"|(pelo menos|ao menos) (se (eu )?morrer|mort[oa])|(wenigstens|zumindest) (\w+ ){0,3}tot"
    r"|au moins (si je meurs|mort|morte)|almeno (se muoio|da mort[oa])|lieber tot als",
]
_DEATH_THOUGHTS = [
    # thoughts of death named as such, often by a worried parent: "äußert Todesgedanken"
    r"(pensamientos|ideas|ideacion|idees|pensees|pensamentos|ideias|pensieri|idee) (de |di )?"
    r"(muerte|mort|morte|suicid\w*)",
]
_PHRASES = _ES + _DE + _FR + _PT + _IT + _IF_I_DIE + _JOKED + _DEATH_THOUGHTS + _SLANG
_CUES = re.compile(collapse_runs(r"(?<![a-z])(?:" + "|".join(_PHRASES) + r")(?![a-z])"))
_FIND = re.compile(uncaptured(_CUES.pattern))
"""`_CUES` with groups that capture nothing: the same matches at the same places, found in a
fraction of the time (the engine saves no groups at every alternative it tries)."""
_IDIOMS = re.compile(
    collapse_runs(
        r"suicidio (profesional|laboral|profisional|profesionale)|suicide profesionel"
        r"|(ultim[oa]|dernier|letzte) (mensaje|mensagem|message|messaggio|nachricht|mail|email)"
        r" (al|a mi|a mis|para el|para o|pro|a l ?equipe|a mes|ai|an das|an die|alla|al mio)"
        r" (equipo|companeros|time|equipe|colegas|collegues|team|kollegen|colleghi|squadra)"
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
        "keine",
        "keinen",
        "pas",
        "jamais",
        "ne",
        "nao",
        "non",
        "mai",
        "nem",
        "niente",
        "nessun",
        "nessuna",
        "ningun",
        "ninguna",
        "nenhum",
        "nenhuma",
        "aucun",
        "aucune",
        "sin",
        "sem",
        "senza",
        "ohne",
    }
)


_THOUGHTS = frozenset(
    "pensamientos ideas intencion gedanken absicht plane pensees idees intention pensamentos "
    "ideias intencao pensieri idee intenzione pensando pensar pienso penso pensei denke pense "
    "pensais".split()
)
"""Thoughts, ideas, plans or urges: a denial reaches a little further back past them ("no tengo
pensamientos de hacerme dano", "non ho pensieri di farmi del male")."""


_ARTICLES = frozenset("un una el otro otra ein um o outro le un altro ancora".split())
"""Before "no" these make it a noun, a rejection ("otro no", "mi arriva un no"), not a denial."""


_IF = frozenset("si se s sil sils wen fals if".split())
"""Up to five words before "no" these (folded: "wenn" is "wen") make it a condition, not a
denial: "se non mi chiamano mi sparo", "si no me llaman me mato", "wenn die mich nicht nehmen..."
(if they don't...). French "ne" is half of its "pas" and ends no condition."""


def _denies(words: list[str], i: int) -> bool:
    return (
        words[i] in _NEGATORS
        and not (i > 0 and words[i - 1] in _ARTICLES)
        and not _condition(words, i)
    )


def _condition(words: list[str], i: int) -> bool:
    """An "if" up to five words before the "no" at `i` with no other "no" between them."""
    for j in range(i - 1, max(-1, i - 6), -1):
        if words[j] in _IF:
            return True
        if words[j] in _NEGATORS and words[j] != "ne":
            return False
    return False


_KEYS = required_keys(_CUES)
"""Short strings one of which any cue contains (read from the regex itself, so a text without
any of them cannot match: most messages skip the cue regex, a pass of tens of microseconds)."""
_GRAMS = frozenset(k for k in _KEYS or () if len(k) == KEY_LENGTH)
_SHORT = tuple(k for k in _KEYS or () if len(k) < KEY_LENGTH)


def _may_match(text: str) -> bool:
    if _KEYS is None or len(text) > GRAM_LIMIT:
        return True
    return not _GRAMS.isdisjoint(pieces(text)) or any(k in text for k in _SHORT)


def has_cue(normal: str) -> bool:
    """Whether normalised text states one of the core concepts, not denied just before it."""
    text = _IDIOMS.sub(" ", blank_lightly(normal))
    if not _may_match(text) or _FIND.search(text) is None:
        return False
    text = blank_practical(text)  # "cuántas pastillas ... para el dolor de cabeza"
    for found in _FIND.finditer(text):
        words = re.split(r" [.,] ", " " + text[: found.start()])[-1].split()
        reach = 6 if _THOUGHTS.intersection(words[-4:]) else 3
        start = max(0, len(words) - reach)
        if not any(_denies(words, i) for i in range(start, len(words))):
            return True
    return False
