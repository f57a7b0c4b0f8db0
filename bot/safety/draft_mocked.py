"""The facts inside a mocking sentence, said plainly so they survive when the sentence goes.

A sarcastic sentence often holds the person's strongest point: what they were told ("how does the
'top candidate', which is what Dana called me on Thursday, get a rejection?", "after you called me
'the strongest candidate we've seen this year'"), what was promised against what happened ("your
'quick 30-minute chat' took two hours"), or the law their ask rests on ("Under GDPR I'm entitled to
every note you people wrote, so don't even think about ignoring this"). `mocked_facts(sentence)`
says those facts again without the mockery ("Dana told me on Thursday that I was the top
candidate.", "It was described as a 30-minute chat and took two hours.", "I'm making this request
under GDPR.", "I received the news on my birthday."), in English and in Spanish ("Dana me dijo el
jueves que yo era la candidata ideal."). Nothing is added that the sentence did not say, and every
restatement passes the rule families before it is used.
"""

from __future__ import annotations

import re

from bot.safety.draft_concrete import is_calm
from bot.safety.draft_tidy import capitalise, squeeze

_NAME = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.? )?[A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?"
_WHO = rf"(?P<who>{_NAME}|you|your (?:recruiter|hiring manager|colleague|manager|HR|team|CEO))"
_WHEN = (
    r"(?P<when> (?:on|last) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"| yesterday| last week| in the (?:final |first |second )?(?:round|interview))?"
)
_QUOTE = (
    r"(?P<art>(?:the|a|an|your|my|el|la|un|una) )?"
    r"(?P<q>'(?:[^'\n]|(?<=\w)'(?=\w)){3,80}'|\"[^\"\n]{3,80}\"|«[^»\n]{3,80}»)"
)
_CALLED = re.compile(
    rf"\b{_WHO}(?: \w+ly)? (?:called|described|introduced) me(?: as)?{_WHEN},? {_QUOTE}"
    + _WHEN.replace("<when>", "<after>")
)
""""you called me 'the strongest candidate'", "Dana called me 'a perfect fit' on Thursday"."""
_WHAT_CALLED = re.compile(
    rf"{_QUOTE}[^.?!]{{0,80}}?,? which is (?:exactly )?what {_WHO}(?: \w+ly)? (?:called|told"
    rf"|described) me(?: as)?{_WHEN}"
)
"""The quote first: "the 'top candidate' for the job, which is what Dana called me on Thursday"."""
_THEIR_WORDS = re.compile(
    rf"{_QUOTE},? [(—–-]*\s*(?:as )?(?P<who>{_NAME})'s (?:words|exact words|term|phrase)\b"
)
"""A quote and who said it: "the 'perfect fit' (Dana's words, not mine)"."""
_MOCKING_ADJECTIVES = re.compile(r"(?i)^(?:quick|short|small|simple|brief|little|easy|casual) ")
_NUMBER = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirty|forty|fifty|sixty|ninety|a few|a couple of)"
)
_DURATION = rf"(?:{_NUMBER}[ -](?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b)"
_PROMISED = re.compile(
    rf"(?:\b(?:a|an|the|your|their|this|that) )(?P<q>'[^'\n]*{_DURATION}[^'\n]*'"
    rf"|\"[^\"\n]*{_DURATION}[^\"\n]*\")(?P<noun> (?!(?:took|lasted|ran|went|became|turned|at"
    rf"|in|on|with|for|and|was|is|has|had|that|which)\b)[a-z]+)?"
    rf"(?:[^.?!,;]{{0,40}}? (?:took|lasted|ran|went on|became|turned into)(?: me| us)?(?: for)?"
    rf" (?:an? )?(?P<took>(?:over |almost |nearly |about |more than )?{_DURATION}"
    rf"|(?:the |my )?whole (?:day|afternoon|morning|evening|weekend)))?",
    re.IGNORECASE,
)
"""A quoted promise with a number in it ("a 'quick 30-minute chat'"), and what it took."""
_TIMING = re.compile(
    r"(?i)\b(?:classy|nice|lovely|thoughtful|considerate|professional|great timing|perfect timing"
    r"|sweet|charming|kind)[,!]? (?:of you )?(?:doing|sending|rejecting|telling|dropping|to do"
    r"|to send|to reject|to tell) (?:it|this|that|me|the news)(?: to me)?"
    r" (?P<when>(?:on|during|over|at|the day (?:before|after)|right before|just before)"
    r" [^.,!?;]{3,40})"
)
"""When the news came, inside mock praise for the timing ("real classy doing it on my
birthday")."""
_NOT_MET = re.compile(
    r"\bI (?:don't|do not|didn't|did not) (?P<verb>meet|have|fit|match|show|satisfy)"
    r" (?:the|your) (?P<q>'[^'\n]{3,60}'|\"[^\"\n]{3,60}\")"
    r"(?P<for> for (?:the )?[\w' -]{3,40}?)?(?=\s*[?!.]|$)"
)
"""The reason they were given, quoted back in disbelief ("I don't meet the 'leadership
criteria' for head of year??")."""
_LAW = re.compile(
    r"\b(?:[Uu]nder|[Pp]er|[Aa]ccording to) (?:the )?(?P<law>GDPR|UK GDPR|CCPA|CPRA|PIPEDA"
    r"|(?:the )?Data Protection Act(?: 2018)?)\b"
)
"""The law a request for their data rests on ("Under GDPR I'm entitled to ..."): the legal
basis of their ask, kept when the sentence that named it goes."""
_OURS = re.compile(r"(?i)\b(?:we|we've|we're|our|us)\b")


def _bare(quote: str) -> str:
    return quote[1:-1].strip()


def _told(who: str, when: str | None, art: str | None, quote: str) -> str:
    """ "Dana told me on Thursday that I was the top candidate." (their words stay quoted when
    they speak as "we": "You told me I was 'the strongest candidate we've seen'.")."""
    said = _bare(quote)
    art = {"your ": "the ", "my ": "the "}.get(art or "", art or "")
    if _OURS.search(said):
        what = f"{art}'{said}'" if art else f"'{said}'"
    else:
        what = f"{art}{said}"
    lead = "I was told" if who == "you" else f"{capitalise(who)} told me"
    said = squeeze(f"{lead}{when or ''} that I was {what}.")
    if when and not is_calm(said):  # "... told me in the final round that I was the best"
        lead = lead if who[0].isupper() or who == "you" else lead[0].lower() + lead[1:]
        said = squeeze(f"{capitalise(when.strip())}, {lead} that I was {what}.")
    return said


def _promised(m: re.Match[str]) -> str:
    """ "It was described as a 30-minute chat and took two hours."."""
    said = _MOCKING_ADJECTIVES.sub("", _bare(m["q"]))
    if re.search(r"-(?:minute|min|hour|day|week|month)$", said) and m["noun"]:
        said += m["noun"]  # "your 'two-week' decision": the thing it describes
    article = "an" if re.match(r"(?i)(?:8|11|18|[aei]|o(?!ne)|hour)", said) else "a"
    took = re.sub(r"^(\S+)-(\w+?)s?$", r"\1 \2s", m["took"] or "")  # "a 2-hour grilling"
    took = f" and took {took}" if took else ""
    return squeeze(f"It was described as {article} {said}{took}.")


_TEMPLATE = frozenset(
    "told me that i was it described as a an and took the you your se presentó como un una y duró"
    " dijo dijeron dijiste yo era que understand don't received news recibí noticia".split()
)
_KEY = re.compile(r"[\w'-]+")


def carried(restated: str, said: str) -> bool:
    """Whether `said` (what the calmer version keeps already) carries `restated`'s facts."""
    have = {w.lower().strip("'") for w in _KEY.findall(said)}
    need = {w.lower().strip("'") for w in _KEY.findall(restated)} - _TEMPLATE
    return need <= have


_ANCHOR = re.compile(
    r"\b\d[\w,.:-]*|(?<=\w )[A-Z][\w'-]+|\b(?i:one|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|once|twice)\b"
)
"""What a sentence says that its plain restatement must carry before it can stand in for it."""


def covers(restated: list[str], sentence: str, elsewhere: str = "") -> bool:
    """Whether `restated` (or the rest of the draft, `elsewhere`) carries every number and name
    in `sentence`, so the mocking sentence may go whole ("Funny how the 'quick 30-minute chat'
    took two hours and covered SQL" may not: SQL would be lost with it). The role it names
    ("for the Assistant Store Manager job") is said by the rewrite's first line."""
    said = (" ".join(restated) + " " + elsewhere).lower()
    plain = _ROLE.sub("", unquoted(sentence))
    return all(a.lower().rstrip(".,:") in said for a in _ANCHOR.findall(plain))


_ROLE = re.compile(
    r"\b(?:for|as) (?:the|a|an|your) (?:[A-Z][\w'-]* ){1,4}(?:job|role|position|post|opening)\b"
)


def unquoted(sentence: str) -> str:
    return re.sub(r"(?<!\w)['\"«»]|['\"«»](?!\w)", "", sentence)


def mocked_facts(sentence: str) -> list[str]:
    """The facts in a mocking `sentence` (what they were told, what a promise with a number in
    it turned out to be) said plainly; [] when it holds none of these."""
    out: list[str] = []
    for m in _CALLED.finditer(sentence):
        out.append(_told(m["who"], m["when"] or m["after"], m["art"], m["q"]))
    for m in _WHAT_CALLED.finditer(sentence):
        out.append(_told(m["who"], m["when"], m["art"], m["q"]))
    for m in _THEIR_WORDS.finditer(sentence):
        out.append(_told(m["who"], None, m["art"], m["q"]))
    for m in _PROMISED.finditer(sentence):
        out.append(_promised(m))
    if timing := _TIMING.search(sentence):  # "real classy doing it on my birthday"
        out.append(f"I received the news {timing['when'].strip()}.")
    if unmet := _NOT_MET.search(sentence):  # "I don't meet the 'leadership criteria' for ..?"
        what = f"{_bare(unmet['q'])}{unmet['for'] or ''}"
        out.append(f"I understand I don't {unmet['verb']} the {what}.")
    if law := _LAW.search(sentence):  # "Under GDPR I'm entitled to every note, so don't even..."
        out.append(f"I'm making this request under {law['law']}.")
    out += _mocked_es(sentence)
    return [s for s in dict.fromkeys(out) if is_calm(s)]


_QUIEN = r"(?P<who>[A-Z][a-záéíóúñ]+(?: [A-Z][a-záéíóúñ]+)?|usted|ustedes|tú)"
_CUANDO = (
    r"(?P<when> (?:el|este|el pasado) (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)"
    r"| ayer| la semana pasada| en la (?:última |primera |segunda )?(?:ronda|entrevista))?"
)
_ME_LLAMO = re.compile(
    rf"(?:\b{_QUIEN} )?\bme (?:llamó|llamaste|llamaron|dijo|dijiste|dijeron|describió"
    rf"|describieron)(?: que (?:yo )?era)?{_CUANDO},? {_QUOTE}"
    + _CUANDO.replace("<when>", "<after>")
)
_LO_QUE = re.compile(
    rf"{_QUOTE}[^.?!]{{0,80}}?,? (?:(?:que es |es )?(?:exactamente )?lo que|como)"
    rf" (?:me (?:llamó|dijo)"
    rf" {_QUIEN}|{_QUIEN.replace('who', 'who2')} me (?:llamó|dijo)){_CUANDO}"
)


def _dijo(who: str | None, when: str | None, art: str | None, quote: str) -> str:
    said = _bare(quote)
    art = "" if (art or "").strip() in {"your", "my", "the", "a", "an"} else art or ""
    who = who or ""
    subject = "" if who in {"", "usted", "ustedes", "tú"} else who + " "
    verb = {"ustedes": "me dijeron", "tú": "me dijiste"}.get(who, "me dijo")
    return squeeze(capitalise(f"{subject}{verb}{when or ''} que yo era {art}{said}."))


_NUMERO = (
    r"(?:\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|veinte|treinta"
    r"|cuarenta|cincuenta|sesenta|noventa)"
)
_DURACION = rf"(?:{_NUMERO} (?:minutos?|horas?|días?|semanas?|meses?)\b)"
_PROMETIDO = re.compile(
    rf"(?:\b(?:un|una|el|la|su|tu|esa|ese|esta|este) )(?P<q>'[^'\n]*{_DURACION}[^'\n]*'"
    rf"|\"[^\"\n]*{_DURACION}[^\"\n]*\"|«[^»\n]*{_DURACION}[^»\n]*»)"
    rf"(?:[^.?!,;]{{0,40}}? (?:duró|tomó|llevó|se alargó|acabó durando)(?: casi| más de| unas?)?"
    rf" (?P<took>{_DURACION}|(?:todo el|toda la) (?:día|tarde|mañana|fin de semana)))?",
    re.IGNORECASE,
)
"""A quoted promise with a number in it ("su 'charla rápida de 30 minutos'"), and what it took."""
_MOMENTO = re.compile(
    r"(?i)\b(?:qué detalle|qué bonito|qué elegante|qué considerado|qué oportuno|muy elegante"
    r"|muy considerado|muy oportuno|todo un detalle)[,!]? (?:de su parte |de tu parte )?"
    r"(?:hacerlo|mandarlo|enviarlo|decírmelo|rechazarme|avisarme)"
    r" (?P<when>(?:el día (?:de|antes de|después de)|en|durante|justo antes de) [^.,!?;]{3,40})"
)
_ADJETIVOS = re.compile(r"(?i) (?:rápid[ao]|breve|cort[ao]|pequeñ[ao]|sencill[ao]|informal)\b")


def _prometido(m: re.Match[str]) -> str:
    said = _ADJETIVOS.sub("", _bare(m["q"])).strip()
    noun = said.split()[0].lower() if said.split() else ""
    article = "una" if noun.endswith(("a", "ión", "d")) else "un"
    took = f" y duró {m['took']}" if m["took"] else ""
    return squeeze(f"Se presentó como {article} {said}{took}.")


def mock_praise(sentence: str) -> bool:
    """Whether `sentence` mocks them with praise for the timing ("qué detalle hacerlo ...")."""
    return bool(_TIMING.search(sentence) or _MOMENTO.search(sentence) or _HOW.match(sentence))


_HOW = re.compile(
    r"(?i)^(?:oh,? |wow,? |so,? )?(?:(?:i )?(?:love|funny|amazing|interesting|cute|wild|hilarious"
    r"|incredible|fascinating) how\b|(?:great|brilliant|wonderful|fantastic|perfect|lovely"
    r"|genial|estupendo|fantástico|perfecto|maravilloso)[,!]\s"
    r"|qué (?:curioso|gracioso|casualidad|bonito)\b|me encanta (?:cómo|que)\b)"
)
"""Mock wonder at what happened ("Love how the 'one-week turnaround' became six weeks")."""


def _mocked_es(sentence: str) -> list[str]:
    """The Spanish counterparts: "Dana me dijo el jueves que yo era la candidata ideal."."""
    out = []
    for m in _ME_LLAMO.finditer(sentence):
        out.append(_dijo(m["who"], m["when"] or m["after"], m["art"], m["q"]))
    for m in _LO_QUE.finditer(sentence):
        who = m["who"] or m["who2"]
        out.append(_dijo(who, m["when"], m["art"], m["q"]))
    out += [_prometido(m) for m in _PROMETIDO.finditer(sentence)]
    if momento := _MOMENTO.search(sentence):  # "qué detalle hacerlo el día de mi cumpleaños"
        out.append(f"Recibí la noticia {momento['when'].strip()}.")
    return out
