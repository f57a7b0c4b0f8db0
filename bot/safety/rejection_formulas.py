"""The stock wording of a rejection email, in six languages, for the crisis check's everyday
clauses.

People quote the message that turned them down ("2 line email, 'we've decided to move forward
with other candidates'"). The statistical model can read its finality as risk; like the money
worries (`bot.safety.money_cues`), `bot.safety.everyday_cues` drops the clause that holds one of
these formulas before the model scores the rest, so a quoted rejection is never asked the direct
crisis question, while a wish to die said beside it is still read on its own. Only the
employer's formula is listed, never what the person says about themselves.

Patterns are written for `normalise` output (lower-case ASCII, no accents or apostrophes,
letter runs collapsed by the caller), whole words only.
"""

from __future__ import annotations

_WHO_EN = (
    r"(other|another|a different|different|more qualified|stronger|internal)"
    r" (candidates?|applicants?|profiles?|people|person)"
)
_WHO_ES = r"(otros?|otras?) (candidatos?|candidatas?|perfiles|postulantes|aspirantes)"

REJECTION: list[str] = [
    r"(decided|chosen|opted|elected) to (move forward|proceed|go ahead|continue|move ahead|go)"
    r" with " + _WHO_EN,
    r"(moving|move|moved) forward with " + _WHO_EN,
    r"(will not|wont|not) be (moving forward|proceeding|progressing) with (your|my|the)"
    r" (application|candidacy)",
    r"(hemos decidido|decidimos|decidieron|han decidido) (seguir|avanzar|continuar|seguir adelante"
    r"|avanzar) (adelante )?con " + _WHO_ES,
    r"(uns|sich) (fur|gegen) (eine andere|einen anderen|andere) (bewerberin|bewerber|kandidaten"
    r"|kandidatin|kandidatinnen|bewerbende|bewerbungen)( entschieden)?",
    r"(avons|ont) (decide|choisi) de (poursuivre|continuer|avancer) avec (d ?autres|un autre|une"
    r" autre) (candidats?|candidates?|candidatures|profils?)",
    r"(decidimos|decidiram|optamos) (seguir|avancar|prosseguir) com (outros?|outras?) (candidatos?"
    r"|candidatas?|perfis)",
    r"(abbiamo deciso|hanno deciso) di (procedere|proseguire|andare avanti) con (altri|altre|un"
    r" altro|un altra) (candidati|candidate|candidato|profili)",
    # the decision told in one's own words: "another company has decided im not a culture fit"
    r"(company|companies|they|team|recruiter|recruiters|hiring manager|employer|firm|startup"
    r"|panel|hr) (\w+ ){0,2}(decided|concluded|determined|felt|thinks|thought|said) (that )?(im"
    r"|i am|i was|i wasnt) (not )?(a |the )?(good |great |right |strong |cultural |culture )?"
    r"(fit|match)",
]
"""A rejection formula as the employer writes it."""

TRIGGERS = (
    "candidates candidate applicants applicant profiles application candidacy candidatos "
    "candidatas perfiles postulantes aspirantes bewerberin bewerber kandidaten kandidatin "
    "bewerbende bewerbungen candidats candidatures profils perfis candidati profili fit match"
)
"""Words one of the formulas holds (the everyday search runs only on a message with one)."""
