"""More risk-topic words for the crisis check's topic gate (`bot.safety.risk_topics`): means named
the way people name them in each country, and affairs put in order.

A question about means often carries no distress word at all ("how many tylenol would it take",
"wie hoch muss eine Brücke sein", "j'ai mis de côté les somnifères"): medicines by their common
brand names in the countries each language is spoken in (US, UK, Spain, Latin America, Germany,
Austria, Switzerland, France, Belgium, Brazil, Portugal, Italy), amounts (milligrams, a whole
pack, how many), lethal, painless and "not waking up", heights (overpasses, cliffs, storeys),
rails and trains, ropes and belts, guns (hunting rifles, the key to the cabinet), cars, exhaust
and charcoal, poison, water with stones; and affairs put in order (a will made, debts paid,
subscriptions cancelled, logging out of everything, a coffin). These words only let the model
speak: they never flag a message on their own. Written for `normalise` output and compiled by
`bot.safety.risk_topics` (letter runs collapsed there).
"""

from __future__ import annotations

EN = [
    r"take care of (mom|mum|dad|mama|the kids|your (mom|mum|mother|dad|sister|brother))|sorry for"
    r" being (a|such a) (disapointment|burden|failure)",
    r"(al|it al|everything) (wil )?be over soon|a way out|stop (the )?suffering",
    r"knot|(a persons|someones|body|my) weight|(tracks|rails|railway) (\w+ ){0,3}(guarded|fenced)",
    r"(reliable|surest|foolproof) (method|way)|to (not|never) make it|waiting for the right (day"
    r"|moment|night)",
    r"advil|ibuprofen|aspirin|benadryl|nyquil|ambien|zolpidem|valium|ativan|lorazepam|diazepam",
    r"oxycodone|oxycontin|percocet|vicodin|hydrocodone|fentanyl|morphine|tramadol|seroquel",
    r"quetiapine|lithium|amitriptyline|sertraline|zoloft|prozac|fluoxetine|lexapro|trazodone",
    r"gabapentin|co codamol|codamol|nurofen|panadol|sleeping (pills|tablets)|painkillers?",
    r"\d+ ?(mg|milligrams?)|milligrams?|(whole|entire|full) (bottle|pack|box|packet)",
    r"how many (\w+ ){0,2}(would it take|does it take|to take|is too many|is enough)",
    r"lethal|fatal|deadly|quickest way|fastest way|least painful|(not|never) feel (it|anything)",
    r"overpass|flyover|footbridge|cliffs?|skyscraper|parking (garage|structure)|multi storey",
    r"\d+(th|st|nd|rd)? (floor|storey|story)|storeys|stories high|freight|oncoming",
    r"(semi|truck|lorry) (at|into)|drive (my car )?(into|of)|crash (my|the) car|ceiling fan",
    r"extension cord|plastic bag|nitrogen|carbon monoxide|charcoal|duct tape",
    r"antifreeze|bleach|poison\w*|rat poison|cyanide|ammo|ammunition|handgun|revolver",
    r"hunting rifle|gun (safe|cabinet|case)|stockpil\w*|stash\w*|hoard\w*|saved up (my|the|his)",
    r"(been )?(saving|collecting) (up )?(my|the|his|her|pills|meds|tablets)|have (it|them) ready",
    r"(got|have) everything ready|my will|(wrote|made|updated|signed) (my|a) will|testament",
    r"(paid|pay) (off )?(all |my |the )?(\w+ )?debts|cancel+ed (all )?(my )?(subscriptions"
    r"|memberships|lease|contracts|accounts)|affairs in order|log(ging)? out of everything",
    r"disconnect (from )?everything|coffin|casket|stones in (my|his|her) pockets|drown\w*",
    r"(see|meet) (you|u) on the other side|(said|saying) goodbye|gave (away )?(all )?(his|her)",
    r"(picked|chose|chosen) (which|the) (bridge|overpass|spot|place|building|day|date)",
    r"(take care of|lok after|kep) (his|her|their|my) (dog|cat|pets?|kids|plants)|(if|in case"
    r"|should) (something|anything) (\w+ )?hapens?|open it (after|next|when|if|tomorow|later)"
    r"|wrote (me|us) a leter|(his|her|their) last (wek|day|night)",
    r"(leters?|notes?) (\w+ ){0,2}(to|for) (each|every one|everyone|all) of (us|them|you)"
    r"|left (\w+ )?notes? (for|to)|(wont|will not) be (checking|reading|replying|online|answering)",
    r"(the|my) letters are (written|ready|done|sealed)",
    r"(wish|wished|rather|beter if|should have|shouldve) (\w+ ){0,3}never (been )?born"
    r"|wish i (hadnt|wasnt|had not|was not) (ever )?(been )?born",
]
ES = [
    r"(todo|esto) (\w+ ){0,2}(terminar|acabar)|dejar de sufrir",
    r"menos doloros\w*|indolor\w*|petate\w*|colgar los tenis|estirar la pata|irse para siempre",
    r"ibuprofeno|tafil|trankimazin|orfidal|valium|zolpidem|stilnox|tramadol|fentanilo|morfina",
    r"somniferos?|pastillas para dormir|ansioliticos?|antidepresivos?|\d+ ?(mg|miligramos)",
    r"miligramos|(la|una) caja (entera|completa)|cuant[oa]s (\w+ ){0,2}(hacen falta"
    r"|se necesitan|necesito|son suficientes|para)|letal|mortal|sin dolor|no sentir nada"
    r"|no (volver a )?despertar",
    r"veneno|matarratas|lejia|monoxido|el coche encendido|soga|cinturon|viga",
    r"viaducto|acantilado|puente peatonal|paso elevado|rascacielos|las vias|atropell\w*",
    r"escopeta|rifle|balas|revolver",
    r"(juntando|guardando|ahorrando|acumulando) (las )?(pastillas|pildoras|medicinas)",
    r"testamento|(pague|pagado|salde) (las |mis )?deudas|cancele (las |mis |todas )",
    r"desconectarme de todo|(elegi|escogi) (el dia|la fecha|el puente|el lugar)|ataud",
    r"piedras en los bolsillos|ahogarme|ahogarse|(nos vemos|te veo) (en )?el otro lado",
    r"(ya )?no (la|lo|los|las) (necesito|necesita|voy a necesitar|va a necesitar)( mas)?",
    r"si (me|le) pasa algo|por si acaso|(su|mi) ultima semana",
    r"cementerio|tumba|lapida|panteon|san pedro",
    r"no come (desde|hace|nada|en)|ya no come|no me veo (aqui|viv[oa]|dentro)",
    r"las cartas (ya )?(estan|quedaron) (escritas|listas)",
    r"(no|nunca) (hubiera|haber) nacido",
]
DE = [
    r"(ein|dem|allem) ende (setzen|setzt|machen|macht)|nicht mehr leiden",
    r"schmerzlos\w*|kohlenmonoxid|auszulogen|abzumelden|abkratzen|lofel abgeben",
    r"paracetamol|ibuprofen|aspirin|tavor|lorazepam|diazepam|valium|zopiclon|zolpidem|tilidin",
    r"tramadol|oxycodon|fentanyl|morphin|amitriptylin|mirtazapin|quetiapin|lithium|novalgin",
    r"schlaftabletten|schlafmittel|\d+ ?(mg|milligramm)|milligramm|wie ?viele|ganze packung",
    r"todlich|schmerzlos|nicht mehr aufwachen|gift|rattengift|strick|gurtel|balken",
    r"uberfuhrung|autobahnbrucke|fusgangerbrucke|hochhaus|klippe",
    r"gegenverkehr|lkw|abgase|auspuf|schlauch|holzkohle|\w*gewehr\w*",
    r"waffenschrank|munition|revolver|testament|abschiedsbrief|(tabletten|pillen) (\w+ )?"
    r"(gesammelt|gehortet|gebunkert)|(gesammelt|gehortet|gebunkert) (\w+ )?(tabletten|pillen)",
    r"(abos?|vertrage|konten|mitgliedschaft\w*) (\w+ )?gekundigt|schulden (\w+ )?(beglichen"
    r"|bezahlt|abbezahlt)|ausloggen|sarg|steine\w* in (den|die) taschen",
    r"ertrinken|ertranken|ertrank\w*|sehen uns auf der anderen seite|pass auf (\w+ )?(mama|papa"
    r"|mutter|vater|die kinder|den hund|die katze) auf|(tag|datum|brucke|ort) (schon )?"
    r"(ausgesucht|gewahlt)",
    r"(es|ese|is|ist|gegesen) (\w+ ){0,4}nichts|nichts (mehr )?(gegesen|esen)|hunger(e|n|t) mich"
    r"|braucht? (sie|ihn|es|die \w+|den \w+|das \w+) nicht mehr",
    r"fals (\w+ )?(was|etwas) pasiert|(seine|ihre|meine) letzte woche",
    r"friedhof|grab|grabstein|petrus",
    r"antu\w*|angetan|sehe mich (\w+ ){0,3}nicht mehr",
    r"nie geboren",
]
FR = [
    r"(arreter|cesser) de souffrir|tout sera (bientot )?fini",
    r"voies? fer\w*|tout areter|moins douloureu\w*|indolore|casser (ma|sa) pipe",
    r"dafalgan|efferalgan|ibuprofene|advil|xanax|lexomil|temesta|stilnox|zolpidem|imovane",
    r"tramadol|lamaline|codeine|morphine|anxiolytique\w*|somnifere\w*|antidepresseur\w*",
    r"\d+ ?(mg|milligrammes?)|milligrammes?|toute la boite|la boite entiere",
    r"combien de (cachets|comprimes|pilules|somniferes|doliprane|medicaments)",
    r"mortel\w*|letale?|sans douleur|sans souffrir|(ne )?(plus|pas) me reveiller|poison",
    r"mort aux rats|ceinture|poutre|viaduc|falaise|passerelle|pont d autoroute",
    r"tgv|fusil\w*|carabine|pistolet|balles|munitions|pot dechapement",
    r"monoxyde|charbon|barbecue dans|testament|lettres? (a|pour) (mes|ma|mon)|noyer|me noyer",
    r"la seine|cercueil|cailloux dans (les|mes) poches|(resilie|annule) (tous )?(mes|les)"
    r" (abonnements|contrats)|paye (mes|toutes mes) dettes|me deconnecter (de tout|pour de bon)",
    r"(mis|mets) de cote (les|des|mes) (cachets|somniferes|medicaments|comprimes|pilules)",
    r"(choisi|fixe) (le jour|la date|le pont|lendroit)",
    r"saign\w*|contre (le|les) murs?|me (suis )?(frape|tape|cogne)\w* la tete"
    r"|(mange|manger) (plus|rien)|au cas ou|sil (m|l|lui) arive (quelque chose|un truc)",
    r"cimetiere|pierre tombale|(ma|sur ma) tombe|saint pierre",
    r"(ne )?me vois pas (la|ici|vivant\w*|dans)|(q?une voiture|q?un camion|q?un bus|q?un train) me"
    r" (renverse|percute|ecrase|fauche)",
    r"(une )?lettres? (a|pour) chacun|(une )?lettre a (tous|toutes)",
    r"(les|mes) lettres sont (\w+ )?(ecrites|pretes)|tout prepare pour (ce|le) (soir|week ?end)",
    r"jamais (ete )?naitre|jamais ete ne|(un|le) poids pour (ma|mes|les|mon|tout)",
]
PT = [
    r"parar de sofrer|tudo vai acabar",
    r"monoxido|menos doloros\w*|indolor|bater as botas|paleto de madeira",
    r"clonazepam|alprazolam|diazepam|lexotan|zolpidem|paracetamol|tylenol|dipirona",
    r"novalgina|tramal|tramadol|codeina|morfina|remedio controlado|tarja preta|calmantes?",
    r"\d+ ?(mg|miligramas)|miligramas|(a|uma) caixa (inteira|toda)|letal",
    r"sem dor|sem sofrer|nao acordar|veneno|chumbinho|soda caustica|corda|cinto|viga",
    r"viaduto|penhasco|\d+ ?andar|atropel\w*|revolver",
    r"espingarda|escapamento|carvao|porta malas|testamento|cartas? (pra|para)",
    r"(cancelei|canceladas|cancelou) (as |todas as |minhas )?(assinaturas|contas)|(paguei|quitei)"
    r" (as |minhas )?dividas|escolhi o dia|escolhi a data|ja (esta|ta) tudo pronto|caixao",
    r"(guardando|juntando|guardei|juntei) (os |uns )?(comprimidos|remedios)|pedras no bolso",
    r"afogar\w*|desconectar de tudo|(te vejo|nos vemos) do outro lado|em paz agora",
    r"(nao|num) (vou )?precis(o|a|ar) mais (dele|dela|disso|deles)",
    r"caso (algo )?acontec\w*|se (algo|alguma coisa) acontecer",
    r"cemiterio|tumulo|lapide|virar (estrelinha|anjo)|sao pedro|se acontecer (alguma coisa|algo)",
    r"nao come (ha|desde|nada|faz)|contra si mesm[oa]|nao me vejo (aqui|vivo|viva|daqui)",
    r"as cartas (ja )?(estao|tao|ficaram) (escritas|prontas)",
    r"(nunca|nao) ter nascido",
]
IT = [
    r"smettere di soffrire|(tutto|tuto) (\w+ )?finira",
    r"monosido|indolor\w*|meno doloros\w*|cuoia|crepare|schiattare",
    r"tachipirin\w*|paracetamolo|brufen|aulin|tavor|lorazepam|diazepam|valium|lexotan",
    r"minias|zolpidem|stilnox|sonnifer\w*|tramadolo|codeina|morfina|antidepressiv\w*|ansiolitic\w*",
    r"\d+ ?(mg|milligrammi)|milligrammi|(scatola|confezione) intera|quant[ei] (\w+ )?(ne )?(servono"
    r"|bastano|ci vogliono)|letale|mortale|senza dolore|non svegliarmi|veleno|topicida",
    r"cintura|trave|cavalcavia|scogliera|fiume|tevere|annegar\w*|mi butt(o|ero)|buttarmi",
    r"fucil\w*|proiettili|tubo di scarico|carbonella|testamento|disdett\w*|(saldato|pagato)"
    r" (i |tutti i )?debiti|staccare la spina|bara|sasi nelle tasche",
    r"(scelto|deciso) (il ponte|il posto|il giorno|la data)|(ci )?vediamo dall altra parte",
    r"(messo da parte|conservando|accumulando) (le |delle )?(pastiglie|pillole|compresse|gocce)",
    r"non (gli|le|mi) serv(e|ira) piu|non (ne )?ho piu bisogno",
    r"se (mi|gli|le) sucede qualcosa|nel caso (mi|gli|le) sucedese",
    r"cimitero|tomba|lapide|san pietro|al creatore",
    r"non mangia (da|piu|niente|nula)|non ci sara piu|non mi vedo (qui|vivo|viva|tra)",
    r"(una macchina|un camion|un autobus|un treno) mi (investa|investise|prenda|travolga"
    r"|travolgese)",
    r"le lettere sono (\w+ )?(scritte|pronte)|preparato tutto per (il|stasera|sabato|domenica)",
    r"mai nat[oa]",
]
