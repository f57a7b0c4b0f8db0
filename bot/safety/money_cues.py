"""Money, food and rent worries in six languages, for the crisis check's everyday clauses.

After a job loss many messages are about making ends meet: the rent, the bills, food for the
children ("y cómo le hago si no me alcanza ni pa comer esta semana? tengo 2 hijos", "je sais
pas comment je vais payer le loyer"). The statistical model can read their worry as risk;
`bot.safety.everyday_cues` drops the clauses that hold one of these phrases before the model
scores the rest, so a money worry with nothing else is never asked the direct crisis question,
while a wish to die said next to it ("no me alcanza ni pa comer y ya no quiero vivir") is still
read on its own. Only the worry is listed here, never what someone might do about it: "when the
money runs out, that's it" stays a quiet sign (`bot.safety.worry_cues`).

Patterns are written for `normalise` output (lower-case ASCII, no accents or apostrophes,
letter runs collapsed; they are collapsed the same way by the caller), whole words only.
"""

from __future__ import annotations

_EN_NEEDS = (
    r"(the |my |our )?(rent|bills|mortgage|groceries|food|electricity|power bill|car payment"
    r"|loan|debts?|daycare|school fees|diapers|nappies)"
)
_ES_NEEDS = (
    r"(la |el |los |las |mi |mis )?(renta|alquiler|arriendo|luz|cuentas|deudas|hipoteca"
    r"|comida|despensa|super|mercado|colegiatura|escuela|panales|leche|comer|tragar)"
)
_PT_NEEDS = (
    r"(o |a |os |as |meu |minha |minhas )?(aluguel|aluguer|renda|contas|dividas|luz|comida"
    r"|mercado|feira|escola|fraldas|leite|comer)"
)
_IT_NEEDS = r"(l ?|la |le |il |i )?(affitto|bollette|mutuo|debiti|spesa|cibo|mangiare|pannolini)"
_FR_NEEDS = (
    r"(le |la |les |mon |mes |l ?)?(loyer|factures|credit|dettes|courses|bouffe|manger|nourriture"
    r"|cantine|couches)"
)
_DE_NEEDS = (
    r"(die |meine |unsere |das |den |)?(miete|rechnungen|rechnung|kredit|schulden|essen"
    r"|lebensmittel|einkauf|strom|windeln|kita)"
)

MONEY = [
    # English: can't pay or afford, no money for, how to feed the kids
    r"(cant|cannot|can not|wont be able to|couldnt|not able to) (even )?(afford|pay|cover|make)"
    r" (for )?" + _EN_NEEDS,
    r"(cant|cannot|can not) (even )?(afford to eat|afford food|feed (my|the|our) (kids|children"
    r"|family|son|daughter))",
    r"(no|not enough|out of|barely any) money (left )?(for|to (buy|pay( for)?)) (\w+ )?"
    r"(food|groceries|rent|bills|the kids|my kids|diapers|eat)",
    r"how (am i|are we|im|were|do i|will i|can i) (going to |gonna )?(pay|afford|feed|cover)"
    r" (\w+ )?(rent|bills|mortgage|groceries|food|kids|children|family)",
    r"(living|live) (paycheck|payday) to (paycheck|payday)|(make|making) ends meet",
    # Spanish: no alcanza, no hay pa comer, cómo le hago pa pagar
    r"(no|ni) (me|nos) (alcanza|alcanzo|va a alcanzar|ajusta|da) (ni )?(para|pa|pal) " + _ES_NEEDS,
    r"no (tengo|tenemos|hay) (ni )?(para|pa|pal|dinero para|dinero pa|plata pa|plata para|lana"
    r" pa|lana para|un peso pa|un peso para) " + _ES_NEEDS,
    r"(no se )?como (le )?(voy a|vamos a|hago|hacemos) (pa|para) (pagar|comer|darles de comer"
    r"|alimentar|mantener)|no (llego|llegamos) a fin de mes",
    r"no (puedo|podemos|voy a poder) pagar " + _ES_NEEDS,
    # Portuguese
    r"nao (tenho|temos|sobra|da|dá) (nem )?(dinheiro )?(pra|para) " + _PT_NEEDS,
    r"nao (consigo|vou conseguir|posso|conseguimos) pagar " + _PT_NEEDS,
    r"(nao sei )?como (vou|vamos) (pagar|alimentar|dar de comer|sustentar)"
    r"|(sem|nem) dinheiro (pra|para) " + _PT_NEEDS,
    # Italian
    r"non (riesco|riusciamo|posso|possiamo) (a )?(pagare|permettermi|permetterci) " + _IT_NEEDS,
    r"(non ho|non abbiamo|senza) (piu )?(i )?soldi (neanche |nemmeno |neppure )?(per|x) "
    + _IT_NEEDS,
    r"(non so )?come (faro|faremo) a (pagare|sfamare|mantenere|dare da mangiare)"
    r"|(non )?arriv\w* a fine mese",
    # French
    r"(peux|pourrai|pourrais|arrive|arriverai|pouvons) (pas|plus) (a )?(payer|me payer|nous payer)"
    r" " + _FR_NEEDS,
    r"(pas|plus) (assez )?(d ?argent|de thune|de fric|un rond) (pour|pr) (\w+ )?" + _FR_NEEDS,
    r"comment (je vais|on va|jvais) (payer|nourrir|faire pour payer|faire pour nourrir)"
    r"|(boucler|finir) (la|les) fins? de mois",
    # German
    r"(kann|konnen|konnte|kan) (\w+ )?" + _DE_NEEDS + r" (nicht|nimmer|kaum) (mehr )?(bezahlen"
    r"|zahlen|leisten)",
    r"(kein|nicht genug|kaum) geld (mehr )?(fur|zum) " + _DE_NEEDS,
    r"wie (soll|sol) ich (\w+ )?" + _DE_NEEDS + r" (bezahlen|zahlen|leisten|kaufen)"
    r"|wie (soll|sol) ich (meine|die) (kinder|familie) (ernahren|satt kriegen|durchbringen)",
]
"""Money, food and rent worries: the clause that holds one adds no crisis risk."""

TRIGGERS = (
    "rent bills mortgage groceries food electricity bill payment loan debt debts daycare fees "
    "diapers nappies afford feed eat paycheck payday ends meet renta alquiler arriendo luz "
    "cuentas deudas hipoteca comida despensa super mercado colegiatura escuela panales leche "
    "comer tragar pagar alimentar mantener darles mes aluguel aluguer contas dividas feira "
    "escola fraldas leite sustentar affitto laffitto bollette mutuo debiti spesa cibo mangiare "
    "pannolini pagare permettermi permetterci sfamare mese loyer lloyer factures credit dettes "
    "courses bouffe manger nourriture cantine couches payer nourrir mois miete rechnungen "
    "rechnung kredit schulden essen lebensmittel einkauf strom windeln kita bezahlen zahlen "
    "leisten ernahren satt durchbringen"
)
"""Words every phrase in `MONEY` holds at least one of."""
