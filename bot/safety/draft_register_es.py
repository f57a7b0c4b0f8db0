"""The register of the calmer version of a Spanish draft: the sentences it keeps from the draft
said to the recruiter as "usted" (or "ustedes"), like the rest of the rewrite.

A draft in voseo ("me decís", "tenés", "hacelo") or with "tú" ("me dijiste", "tu empresa") keeps
its facts in the calmer version, but the lines the rewrite adds ("Agradecería...", "Saludos
cordiales") are formal, so a kept "me dijiste" would mix registers. `formal(sentence, one)` says
the second-person verbs and words of a kept sentence as "usted" (`one`: the draft greets one
person by name) or "ustedes": "Me dijiste que me llamabas el lunes" -> "Me dijo que me llamaba
el lunes"; "Si tenés novedades, me avisás" -> "Si tiene novedades, me avisa"; "avisame cuando
sepas" -> "avíseme cuando sepa".
"""

from __future__ import annotations

import re

_IRREGULAR = {
    # preterite "tú" (the same in voseo): (usted, ustedes)
    "dijiste": ("dijo", "dijeron"),
    "tuviste": ("tuvo", "tuvieron"),
    "hiciste": ("hizo", "hicieron"),
    "pusiste": ("puso", "pusieron"),
    "quisiste": ("quiso", "quisieron"),
    "pudiste": ("pudo", "pudieron"),
    "viniste": ("vino", "vinieron"),
    "fuiste": ("fue", "fueron"),
    "diste": ("dio", "dieron"),
    "viste": ("vio", "vieron"),
    "estuviste": ("estuvo", "estuvieron"),
    "supiste": ("supo", "supieron"),
    # present, voseo and "tú"
    "sos": ("es", "son"),
    "eres": ("es", "son"),
    "tenés": ("tiene", "tienen"),
    "tienes": ("tiene", "tienen"),
    "podés": ("puede", "pueden"),
    "puedes": ("puede", "pueden"),
    "querés": ("quiere", "quieren"),
    "quieres": ("quiere", "quieren"),
    "decís": ("dice", "dicen"),
    "dices": ("dice", "dicen"),
    "estás": ("está", "están"),
    "vas": ("va", "van"),
    "has": ("ha", "han"),
    "sabés": ("sabe", "saben"),
    "sabes": ("sabe", "saben"),
    "hacés": ("hace", "hacen"),
    "haces": ("hace", "hacen"),
    "ibas": ("iba", "iban"),
    "tenías": ("tenía", "tenían"),
    "vos": ("usted", "ustedes"),
    "tú": ("usted", "ustedes"),
    "contigo": ("con usted", "con ustedes"),
    "tu": ("su", "su"),
    "tus": ("sus", "sus"),
    "tuyo": ("suyo", "suyo"),
    "tuya": ("suya", "suya"),
    "te": ("le", "les"),
    # voseo and "tú" imperatives, and the "tú" subjunctive
    "avisame": ("avíseme", "avísenme"),
    "avísame": ("avíseme", "avísenme"),
    "decime": ("dígame", "díganme"),
    "dime": ("dígame", "díganme"),
    "contame": ("cuénteme", "cuéntenme"),
    "cuéntame": ("cuénteme", "cuéntenme"),
    "escribime": ("escríbame", "escríbanme"),
    "escríbeme": ("escríbame", "escríbanme"),
    "llamame": ("llámeme", "llámenme"),
    "llámame": ("llámeme", "llámenme"),
    "mandame": ("mándeme", "mándenme"),
    "mándame": ("mándeme", "mándenme"),
    "contestame": ("contésteme", "contéstenme"),
    "contéstame": ("contésteme", "contéstenme"),
    "respondeme": ("respóndame", "respóndanme"),
    "respóndeme": ("respóndame", "respóndanme"),
    "tengas": ("tenga", "tengan"),
    "puedas": ("pueda", "puedan"),
    "sepas": ("sepa", "sepan"),
    "quieras": ("quiera", "quieran"),
    "hayas": ("haya", "hayan"),
}
_NOT_VERBS = frozenset(
    "más después detrás atrás además jamás quizás través demás compás inglés francés interés "
    "país maíz anís cortés revés estrés marqués portugués japonés holandés gas mas existe triste "
    "consiste insiste persiste resiste asiste desiste chiste quiste alpiste contraste desgaste "
    "baste gaste".split()
)
_WORD = re.compile(r"(?<![\wáéíóúñ])[a-záéíóúñ]+(?![\wáéíóúñ])", re.IGNORECASE)


def _usted(word: str, one: bool) -> str:
    low = word.lower()
    if word[:1].isupper() and low not in _IRREGULAR and not low.endswith(("aste", "iste")):
        return word  # a name ("Andrés", "Tomás"), not a verb said to them
    if low in _IRREGULAR:
        said = _IRREGULAR[low][0 if one else 1]
    elif low in _NOT_VERBS or len(low) < 5:
        return word
    elif low.endswith("aste"):
        said = low[:-4] + ("ó" if one else "aron")  # "mandaste" -> "mandó"
    elif low.endswith("iste"):
        said = low[:-4] + ("ió" if one else "ieron")  # "prometiste" -> "prometió"
    elif low.endswith("abas"):
        said = low[:-1] + ("" if one else "n")  # "estabas" -> "estaba"
    elif low.endswith("rás"):
        said = low[:-1] + ("" if one else "n")  # "podrás" -> "podrá"
    elif low.endswith("ás"):
        said = low[:-2] + ("a" if one else "an")  # "avisás" -> "avisa"
    elif low.endswith(("és", "ís")):
        said = low[:-2] + ("e" if one else "en")  # "respondés" -> "responde"
    else:
        return word
    return said[:1].upper() + said[1:] if word[:1].isupper() else said


def formal(sentence: str, one: bool) -> str:
    """`sentence` with its "tú"/"vos" verbs and words said as "usted" (`one`) or "ustedes"."""
    return _WORD.sub(lambda m: _usted(m.group(0), one), sentence)
