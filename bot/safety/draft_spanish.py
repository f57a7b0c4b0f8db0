"""The lash-outs of a draft written in Spanish: the same rule families as `draft_rules` and
`draft_quiet`, with the words a Spanish speaker in Spain or Latin America would use.

`PATTERNS` adds to the English patterns of the same family, so a Spanish draft gets the same
review (and the words that triggered it quoted back) as an English one: name-calling, Mexican and
other Latin American slang included ("sois unos incompetentes", "bola de ineptos", "pinches
groseros"); swearing ("joder", "qué poca madre"); blame and contempt for them or their process
("una falta de respeto total", "pésimo proceso", "qué asco de empresa", "es una burla");
sarcasm formulas ("gracias por nada", "qué profesionales, eh", "felicidades por su excelente
proceso"); bridge-burning ("ni se molesten", "pierdan mi número"); ill-wishes, a wish ("ojalá",
"espero que", a bare "que ...") followed by harm to them (going bust, failing, being fired);
entitlement ("ustedes se lo pierden"); threats (a bad review, exposing them online or to
contacts, a lawyer or a labour authority, "se van a arrepentir", "esto no se va a quedar así")
and demands ("exijo una explicación"). Accents are optional and "q" counts as "que", as people
type in a hurry. `shouting` finds words in capitals that raise the voice ("NUNCA", "AHORA ...
NO"). Like the English rules, each pattern leaves the firm but polite reply alone: thanks,
honest or sad disappointment, kind wishes ("ojalá coincidamos"), asking why or for feedback.
"""

from __future__ import annotations

import re


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


_THEM = r"(?:vosotros|vosotras|ustedes|usted|os|les)"
_UNFIT = (
    r"(?:incompetentes?|in[uú]tiles?|idiotas?|imb[eé]ciles?|ineptos?|ineptas?|mediocres?"
    r"|payasos?|payasas?|impresentables?|sinverg[uü]enzas?|chapuceros?|chapuceras?"
    r"|est[uú]pidos?|est[uú]pidas?|pat[eé]tic[oa]s?|ignorantes?|desgraciad[oa]s?"
    r"|groser[oa]s?|mamon(?:es|as?)?|culer[oa]s?|ojetes?|nac[oa]s?|prepotentes?|farsantes?"
    r"|mentiros[oa]s?|tarad[oa]s?|babos[oa]s?|mens[oa]s?|bolud[oa]s?|pelotud[oa]s?|huevon(?:es"
    r"|as?)?"
    r"|weon(?:es|as?)?|cretin[oa]s?|pat[aá]n(?:es)?|majader[oa]s?|hip[oó]critas?|cobardes?"
    r"|abusiv[oa]s?|explotador(?:es|as?)?|negrer[oa]s?|ratas?|lacras?|fracasad[oa]s?)"
)
_NAMES = (
    r"(?:ineptos|ineptas|incompetentes|in[uú]tiles|idiotas|imb[eé]ciles|payasos|impresentables"
    r"|sinverg[uü]enzas|mediocres|groser[oa]s|mamones|culer[oa]s|ojetes|nacos|prepotentes"
    r"|farsantes|mentiros[oa]s|tarados|babosos|bolud[oa]s|pelotud[oa]s|huevones|weones|cretinos"
    r"|patanes|majaderos|hip[oó]critas|explotadores|negreros|lacras)"
)
"""Words for people that are only ever name-calling, in the plural a draft aims at a team."""
_Q = r"(?:que|q|k)"
""""que" as people type it in a hurry ("espero q", "k se vaya")."""
_HARM = (
    r"(?:quiebr\w*|(?:vaya|vayan|vayas|van|ir) (?:a )?(?:la )?quiebra|bancarrota|hund\w*|arruin\w*"
    r"|fracas\w*|cierr(?:en|e)(?! (?:la|el) (?:vacante|proceso|convocatoria|puesto|posici[oó]n))"
    r"|(?:les?|los?|te) (?:vaya|va|ir[aá]) (?:mal|fatal|de la (?:fregada|chingada|patada|verga)"
    r"|del (?:carajo|nabo))|(?:les?|te) (?:falle|fallen|salga mal|salga todo mal)"
    r"|(?:se )?(?:caiga|caigan|derrumbe|hunda|pudran?|mueran?|arrepientan?)|(?:los|las"
    r"|te) (?:corran"
    r"|despidan|echen)|(?:se )?queden? sin (?:chamba|trabajo|clientes|empleo|nada|nadie|negocio"
    r"|gente|personal)"
    r"|(?:les? )?(?:pase|toque|llegue) (?:lo mismo|algo malo|su karma|lo que (?:se )?merecen)"
    r"|pierdan (?:todo|clientes|dinero|su|sus)|renuncien?)"
)
"""What an ill-wish wishes on them: going bust, failing, being fired, regretting it."""
_WISH = rf"(?:ojal[aá]|espero|deseo|a ver si|dios quiera)(?: {_Q})?"

PATTERNS: dict[str, re.Pattern[str]] = {
    "insult": _rx(
        r"(?:sois|son|eres|es usted|sois todos|son todos) (?:un[oa]?s? )?(?:\w+ )?" + _UNFIT,
        r"(?:panda|pandilla|hatajo|atajo|banda) de \w+",
        r"(?:menud[oa]s?|vaya) (?:panda|pandilla|" + _UNFIT[3:],
        _NAMES,
        r"(?:es|son|eres|fue) (?:un[oa]?s? )?(?:\w+ )?" + _UNFIT,
        r"(?:qu[eé] |que |una |esa )?(?:bola|punta|mont[oó]n|bonche) de \w+",
        r"(?:gente|empresa|compa[ñn][ií]a|reclutador[a]?|equipo) (?:tan |muy |bien |m[aá]s )?"
        r"(?:corriente|naca|grosera|prepotente|mediocre|ignorante|chafa|patética|patético)",
        r"(?:qu[eé]|que|me da|me dan|me dio|me dieron|da|dan) asco",
        r"asco de (?:empresa|compa[ñn][ií]a|proceso|gente|trato|lugar|reclutamiento)",
        r"asqueros[oa]s?",
        r"(?:empresa|compa[ñn][ií]a|gente|proceso|trato|changarro) de (?:cuarta|quinta|tercera)",
        r"(?:su|esta|esa|la|una) (?:empresa|compa[ñn][ií]a) (?:es|son) (?:una )?(?:basura"
        r"|porquer[ií]a"
        r"|chafa|un chiste|un circo|una mierda)",
        r"(?:son|es) (?:un|una) (?:circo|chiste|basura|porquer[ií]a|farsa)",
        r"(?:eres|es usted|sois|son) (?:el|la|los|las) peor(?:es)? \w+",
    ),
    "profanity": _rx(
        r"mierdas?",
        r"joder",
        r"jodid[oa]s?",
        r"gilipollas",
        r"cabr[oó]n(?:es)?",
        r"cabronas?",
        r"hij[oa]s? de (?:puta|perra)",
        r"put[oa]s?",
        r"hostias?",
        r"co[ñn]o",
        r"pendej[oa]s?",
        r"carajo",
        r"chingad[oa]s?",
        r"capull[oa]s?",
        r"me cago en \w+",
        r"pinches?",
        r"ching(?:a|ar|ue|uen|uense|ados?|adas?|adera|aderas)",
        r"vergas?",
        r"a la verga",
        r"(?:qu[eé]|que) poca madre",
        r"(?:vali[oó]|me vale|les vale|hasta la|a la) madre",
        r"no mames",
        r"ptm",
        r"alv",
        r"de la fregada",
        r"cagadero",
        r"culiao",
    ),
    "blame": _rx(
        r"(?:es|fue|ha sido) (?:todo )?(?:culpa|error) (?:vuestr[ao]|suy[ao]|de ustedes)",
        r"(?:vosotros|ustedes) (?:tuvisteis|tienen|ten[eé]is|tuvieron) (?:toda )?la culpa",
        r"no (?:sab[eé]is|saben) (?:hacer (?:vuestro|su) trabajo|contratar|lo que hac[eé]is"
        r"|lo que hacen)",
        r"me (?:hab[eé]is|han) hecho perder el tiempo",
        r"me (?:hicieron|hicisteis|hacen|han hecho) perder (?:el|mi|un|una|todo) \w+",
        r"(?:una|total|pura) p[eé]rdida de tiempo",
        r"(?:una |total |completa )?falta de (?:respeto|seriedad|educaci[oó]n|[eé]tica"
        r"|consideraci[oó]n"
        r"|profesionalismo|profesionalidad)",
        r"irrespetuos[oa]s?",
        r"(?:qu[eé]|vaya|menuda) (?:manera|forma) (?:m[aá]s|tan) \w+ de tratar",
        r"ni (?:siquiera|si quiera) (?:tuv\w+|tiene\w*|ten[eé]s|tienes|(?:ha|han|has|hab[eé]is)"
        r" tenido) (?:la|el|un|una)? ?(?:m[ií]nim[oa] )?(?:decencia|respeto|educaci[oó]n"
        r"|cortes[ií]a|delicadeza|consideraci[oó]n|gentileza|detalle)",
        r"(?:cero|ni un poco de|nada de|sin ning[uú]n|ning[uú]n) respeto",
        r"no (?:tienen|ten[eé]is|tiene|tienes) (?:respeto|verg[uü]enza|madre|educaci[oó]n"
        r"|consideraci[oó]n"
        r"|[eé]tica|palabra)",
        r"(?:qu[eé]|que) poca (?:verg[uü]enza|educaci[oó]n|consideraci[oó]n|seriedad|[eé]tica"
        r"|profesionalidad)",
        r"(?:es|fue|son|qu[eé]) (?:una )?verg[uü]enza",
        r"deber[ií]a(?:n)? (?:darles|darle|daros|dar(?:te)?) verg[uü]enza",
        r"p[eé]sim[oa]s? (?:proceso|trato|servicio|manejo|empresa|compa[ñn][ií]a|atenci[oó]n"
        r"|reclutamiento|reclutador[a]?|comunicaci[oó]n|organizaci[oó]n|gente|equipo|experiencia"
        r"|forma|manera|selecci[oó]n)",
        r"(?:proceso|trato|servicio|manejo|reclutamiento|atenci[oó]n|comunicaci[oó]n"
        r"|organizaci[oó]n"
        r"|selecci[oó]n)(?: de \w+)? (?:tan |muy |bien |de lo m[aá]s |m[aá]s )?(?:p[eé]sim[oa]"
        r"|horrible"
        r"|terrible|pat[eé]tic[oa]|lamentable|nefast[oa]|deplorable|chafa|vergonzos[oa]"
        r"|desastros[oa]|desorganizad[oa]|rid[ií]cul[oa]|absurd[oa]|indignante|inhuman[oa])",
        r"(?:el|la) peor (?:proceso|trato|empresa|compa[ñn][ií]a|reclutamiento|reclutador[a]?"
        r"|atenci[oó]n|experiencia con una empresa)",
        r"(?:una|es una|fue una|es un|fue un) (?:burla|porquer[ií]a|jalada|tomadura de pelo"
        r"|farsa|estafa"
        r"|broma|chiste)",
        r"(?:me|nos) (?:vieron|ven|quisieron ver) la cara",
        r"(?:me|nos) (?:tomaron|toman) el pelo",
        r"desastre de (?:proceso|empresa|gente|trato|selecci[oó]n)",
        r"(?:nos|me) tratan? como (?:basura|animales|un n[uú]mero|trapo)",
        r"no saben ni (?:lo que|qu[eé]) (?:quieren|buscan|hacen)",
    ),
    "sarcasm": _rx(
        r"(?:muchas )?gracias por (?:nada|hacerme perder \w+(?: \w+)?|el silencio|ignorarme"
        r"|el mensaje autom[aá]tico|la respuesta autom[aá]tica|dejarme en visto|tanto nada"
        r"|tom[aá]rse(?:lo)? la molestia de (?:ignorar|no|dejar)\w*)",
        r"(?:qu[eé]|que|muy|tan) profesional(?:es)?,? (?:eh+|he|ja\w*|de su parte|no\?|mandar"
        r"|enviar"
        r"|dejar|ignorar|contestar|responder|avisar)\w*",
        r"(?:qu[eé]|que) (?:bonito|lindo|padre|amables|detalle),? eh+",
        r"(?:qu[eé]|que|vaya) (?:gran|bonita|linda|excelente|buena) (?:manera|forma) de (?:tratar"
        r"|ignorar|perder|hacer|rechazar|llevar)",
        r"(?:felicidades|felicitaciones|bravo) por (?:su|el|tan|esa|ese|este|esta|sus) (?:\w+ )?"
        r"(?:excelente|gran|maravillos[oa]|brillante|impecable|incre[ií]ble|magn[ií]fic[oa]"
        r"|proceso|manejo|trato|organizaci[oó]n)",
        r"de primer mundo",
        r"ocupad[oa]s? (?:\w+ )?(?:ignorando|rechazando|descartando|perdiendo|borrando"
        r"|olvidando|ghosteando)",
        r"(?:vaya|menudo|qu[eé]) profesionalismo",
        r"(?:vaya|menuda|qu[eé]) (?:profesionalidad|seriedad)",
        r"(?:todo un|qu[eé]) ejemplo de (?:profesionalidad|seriedad)",
        r"se nota (?:lo mucho|cu[aá]nto|lo poco|lo que)(?: que)? (?:os |les |te |le )?(?:valor"
        r"|respet|importa|cuid)\w*",
        r"gracias por (?:tu|su|vuestro|el) (?:generos|amabl|detallad|personal|c[aá]lid)\w*"
        r" (?:correo|mensaje|email|mail)",
        r"(?:qu[eé]|que) dif[ií]cil (?:parece|es|resulta) \w+",
    ),
    "bridge": _rx(
        r"no (?:me )?(?:vuelvan|volv[aá]is|vuelva) a (?:contactar|llamar|escribir|buscar)(?:me)?",
        r"ni (?:se molesten|te molestes|os molest[eé]is)",
        r"no se molesten en (?:volver|llamar|buscar|escribir|contactar)\w*",
        r"(?:pierdan|pierde|perded|olviden|olvida) mi (?:n[uú]mero|contacto|correo|nombre)",
        r"olv[ií]dense de m[ií]",
        r"ni aunque me (?:rueguen|paguen|lo pidan)",
        r"no (?:me interesa|quiero saber) nada (?:m[aá]s )?(?:que venga )?de (?:ustedes"
        r"|vosotros|su empresa)",
        r"(?:nunca|jam[aá]s|ni loc[oa])(?: en la vida)? (?:m[aá]s )?(?:volver[ií]a|vuelvo|regreso"
        r"|regresar[eé]|regresar[ií]a|me vuelvo|me volver[ií]a|me volver[eé])(?: a)? (?:aplicar"
        r"|postular|presentar|trabajar|escribir|poner un pie|acercar)\w*",
        r"no (?:pienso|voy a) recomendar(?:los|les|la)?(?: (?:su|esta|la) empresa)?(?: a nadie)?",
        r"no (?:los|la|se la) recomiendo a nadie",
        r"(?:nunca|jam[aá]s) (?:volver[eé] a (?:aplicar|postular(?:me)?|presentarme|trabajar"
        r"|escribir)|trabajar[ií]a (?:con|para) " + _THEM + r"?)",
        r"borr(?:ad|en|e) mi (?:n[uú]mero|contacto|cv|curr[ií]culum)",
        r"no (?:recomendar[eé]|recomiendo) (?:esta|vuestra|su) empresa(?: a nadie)?",
        r"que nadie (?:se presente|aplique|trabaje)",
    ),
    "ill_will": _rx(
        r"ojal[aá] (?:que )?(?:quebr[eé]is|quiebren|cerr[eé]is|cierren|fracas[eé]is|fracasen"
        r"|os vaya mal|les vaya mal|se hunda|os hund[aá]is|se arruine|os arruin[eé]is)",
        r"(?:espero|deseo) que (?:os|les|la empresa|se) (?:vaya mal|hunda|quiebre|arruine"
        r"|fracase)\w*",
        r"el karma",
        _WISH + r" (?:(?!no\b)[\w,]+ ){0,6}?" + _HARM,
        r"(?:^|(?<=[.!?¡\n]))\s*" + _Q + r" (?:(?!no\b)[\w,]+ ){0,4}?" + _HARM,
        r"(?:que )?dios (?:les|los|te) (?:d[eé]|de) lo que (?:se )?merecen",
        r"ya les? llegar[aá] (?:su|el) (?:karma|hora|d[ií]a)",
    ),
    "entitlement": _rx(
        r"(?:yo )?me merec[ií]a (?:el|ese|este) (?:puesto|trabajo)",
        r"(?:hab[eé]is|han) cometido un (?:grave |gran |enorme )?error",
        r"(?:vosotros )?os lo perd[eé]is",
        r"(?:ustedes )?se lo pierden",
        r"(?:cometieron|cometi[oó]) un (?:grave |gran |enorme )?error",
        r"(?:es|ser[aá]) (?:vuestra|su) p[eé]rdida",
        r"no (?:sab[eé]is|saben) lo que (?:os|se) (?:perd[eé]is|pierden)",
    ),
    "threat": _rx(
        r"(?:pondr[eé]|dejar[eé]|escribir[eé]|voy a (?:poner|dejar|escribir)) (?:una )?"
        r"(?:mala )?(?:rese[ñn]a|opini[oó]n|valoraci[oó]n)",
        r"(?:mis? )?abogad[oa]s?",
        r"(?:mala|p[eé]sima) (?:rese[ñn]a|calificaci[oó]n|opini[oó]n|valoraci[oó]n)",
        r"(?:rese[ñn]a|calificaci[oó]n|opini[oó]n) (?:negativa|mala)",
        r"(?:dejar|poner|escribir)(?:les|le|os)? (?:una )?(?:\w+ )?rese[ñn]a",
        r"(?:os|les) (?:voy a )?(?:denunciar|demandar)\w*",
        r"(?:denunciar[eé]|demandar[eé]|pondr[eé] una (?:denuncia|queja|reclamaci[oó]n))",
        r"inspecci[oó]n de trabajo",
        r"(?:lo|esto) (?:har[eé]|voy a hacer) p[uú]blico",
        r"lo (?:contar[eé]|publicar[eé]) en (?:redes|internet|twitter|linkedin)",
        r"(?:(?:los|las|les|te|lo|la) )?(?:voy a |vamos a |pienso )?(?:los |las "
        r"|les )?(?:demandar|denunciar)\w*"
        r"(?= (?:ante|en|con|por)\b)",
        r"(?:los|las|les|te) (?:voy a|vamos a|pienso) (?:demandar|denunciar|exhibir|exponer|quemar"
        r"|balconear|evidenciar|funar)",
        r"(?:exhibir|exponer|quemar|balconear|evidenciar|funar)(?:los|las|les)",
        r"(?:exhibir[eé]|expondr[eé]|quemar[eé]|balconear[eé]|evidenciar[eé])",
        r"(?:voy a|vamos a|pienso|lo voy a|la voy a|los voy a)(?: \w+)? (?:subir|publicar|contar"
        r"|compartir|postear|poner|difundir|dejar|hacer)\w*[^.!?\n]{0,60}?(?<!\w)(?:redes|twitter"
        r"|tiktok|facebook|instagram|linkedin|internet|youtube|glassdoor|occ|computrabajo|indeed"
        r"|todo el mundo|mis contactos|la prensa|viral)",
        r"(?:publicar[eé]|subir[eé]|contar[eé]|compartir[eé]|difundir[eé])[^.!?\n]{0,40}?(?<!\w)"
        r"(?:redes|twitter|tiktok|facebook|instagram|linkedin|internet|youtube|todo el mundo)",
        r"(?:se haga|hacerlo|hacerla|volverse|se vuelva) viral",
        r"para que (?:todos|todo el mundo|la gente|otros candidatos) (?:sepan?|se enteren?|vean?)",
        r"(?:una|1|cero|0) estrellas?",
        r"(?:se|te) (?:van a|vas a) arrepentir",
        r"(?:se )?arrepentir[aá]n",
        r"(?:lo|la) (?:van a|vas a) (?:lamentar|pagar)",
        r"me las (?:van a|vas a) pagar",
        r"ya (?:ver[aá]n|ver[aá]s|veremos)",
        r"(?:esto )?no se (?:va a quedar|queda|quedar[aá]) as[ií]",
        r"profedet|profeco|conapred|stps|junta de conciliaci[oó]n|centro de conciliaci[oó]n",
        r"m[aá]s (?:les|te) vale",
        r"(?:los|las|les|te|os) (?:denuncio|demando|expongo|exhibo|quemo|balconeo|evidencio"
        r"|funo)",
        r"(?:voy a|vamos a|pienso) (?:contar|decir|explicar)(?:les|le)?[^.!?\n]{0,40}?c[oó]mo"
        r" (?:trata|tratan|trat[aá]is|tratas)\b",
    ),
    "demand": _rx(
        r"(?:os |les )?exijo (?:una |que )?\w+",
        r"p[aá]g(?:ue|a)n(?:me|nos)(?: (?:lo que me deben|lo acordado|mi dinero))?,? (?:ya|ahora"
        r"|de una vez|inmediatamente)",
        r"me (?:deb[eé]is|deben) (?:una )?(?:explicaci[oó]n|respuesta|disculpa|justificaci[oó]n)",
        r"(?:ten[eé]is|tienen) (?:la obligaci[oó]n de|que) (?:darme|explicarme|responderme)",
    ),
}
"""Spanish patterns per family; each adds to the English ones of the same name."""

_LOADED = frozenset(
    {"NUNCA", "JAMÁS", "JAMAS", "NADIE", "NADA", "VERGÜENZA", "VERGUENZA", "BASTA", "MENTIRA",
     "MENTIROSOS", "PÉSIMO", "PESIMO", "PÉSIMA", "PESIMA", "HORRIBLE", "RIDÍCULO", "RIDICULO",
     "ABSURDO", "INACEPTABLE", "CERO", "NETA", "EXIJO", "RESPETO", "GRATIS"}
)  # fmt: skip
"""Words that, in capitals in the middle of a draft, are raised voice rather than a name."""
_PLAIN = frozenset(
    {"NO", "SÍ", "SI", "TODO", "TODOS", "TODAS", "AHORA", "YA", "NI", "MAL", "SIEMPRE", "QUÉ",
     "QUE", "POR", "NUNCA", "MÁS", "MAS", "TANTO", "ASÍ", "ASI", "ESO", "ESTO", "DOS", "TRES",
     "CUATRO", "CINCO", "SEMANAS", "MESES", "HORAS", "DÍAS", "UNA", "UN", "ME", "MI", "LO", "LA"}
)  # fmt: skip
"""Ordinary Spanish words: two of them in capitals read as shouting."""
_CAPS = re.compile(r"(?<![\w])[A-ZÁÉÍÓÚÑÜ]{2,}(?![\w])")


def shouting(text: str) -> list[str]:
    """Spanish words in capitals that raise the voice: one loaded word ("NUNCA", "JAMÁS") or two
    ordinary ones ("AHORA me dicen que NO"); acronyms and company names are left alone."""
    caps = _CAPS.findall(text)
    loaded = [w for w in caps if w in _LOADED]
    plain = [w for w in caps if w in _PLAIN]
    if loaded:
        return list(dict.fromkeys(loaded))[:3]
    return list(dict.fromkeys(plain))[:3] if len(plain) >= 2 else []


HARM = re.compile(r"(?<!\w)" + _HARM + r"(?!\w)", re.IGNORECASE)
"""Harm wished on them, for the rewrite to leave out of what it keeps (even split off a wish)."""
WISH = _WISH
"""The start of a wish ("ojalá", "espero que"), as a pattern string."""
LOADED = _LOADED
PLAIN = _PLAIN
