"""Quiet signs in six languages (`bot.safety.final_cues`): someone else who said they would end
it or is hurting themself, a joke that puts dying next to the job hunt, and a goodbye that closes
for good without a death word make a message at least a possible risk; their look-alikes (a
haircut, a career that "died", a job search that ends, a gym membership cancelled) stay calm."""

from __future__ import annotations

import pytest

from bot.safety.crisis import assess
from bot.safety.final_cues import RULES
from tests.cue_rules import assert_every_rule_asks, assert_finds_a_sign_and_no_look_alike

SIGNS = [
    # someone else
    "my cousin told me he'd written goodbye letters to his parents. who do i ring",
    "a mate texted that if the offer falls through he's done for good",
    "my flatmate keeps posting about the end and isn't answering her phone",
    "mi prima se está cortando desde que la echaron, qué hago",
    "mein kollege ritzt sich, seit er entlassen wurde",
    "mon cousin se taillade depuis le licenciement, je fais quoi",
    "meu primo anda se cortando desde a demissão",
    "mia cugina si taglia da quando l'hanno licenziata",
    "mi primo dijo que se iba a quitar de en medio si no lo llamaban",
    "mon frère m'a dit qu'il allait en finir s'il était encore recalé",
    "meu irmão falou que ia acabar com tudo se não fosse chamado",
    "mio cugino ha detto che la faceva finita se lo scartavano ancora",
    "meu amigo me deixou o cachorro dele do nada, devo me preocupar?",
    "mio zio ha detto che se muore almeno prendiamo la sua pensione, e non rideva",
    # jokes
    "lol they can't fire me if i'm dead",
    "i'll be dead long before i'm hired at this pace haha",
    "thinking about a career in nonexistence lol",
    "one more rejection and it's the quick way down from the roof ha",
    "my payout would cover a nice coffin at least, dark humour",
    "jaja ya solo contratan fantasmas, y de eso sí califico",
    "lol mein karriereplan ist jetzt der friedhof",
    "kkkk minha carreira morreu e eu vou junto",
    "game over lol, qui veut mes livres ?",
    "je plaisante. à moitié.",
    "haha nächstes mal bewerbe ich mich beim sensenmann",
    "lol meine bewerbungen sind größer als mein wille weiterzuleben",
    "mdr je vais m'ouvrir les veines avec ce refus",
    # goodbyes
    "thanks for trying. i have no more need for advice, or for anything else.",
    "deciding who gets my books. it's oddly peaceful",
    "my paperwork is in order and the accounts are closed. so long",
    "they say it gets better. it never did for me",
    "paid back everybody this week. i feel at peace",
    "salde mis deudas y ya me siento en paz",
    "alle konten gekündigt. fühlt sich merkwürdig friedlich an",
    "voilà, tout s'arrête ici pour moi",
    "escrevi uma carta pro meu filho ler quando for maior. ele vai entender um dia",
    "ho chiuso tutti i profili social, ho detto addio a mio fratello. ora sono in pace",
]
LOOK_ALIKES = [
    "mi hermana se corta el pelo cada mes",
    "mia sorella si taglia i capelli da sola",
    "ça s'arrête là pour moi avec cette boîte, j'ai signé ailleurs",
    "lol my career is dead, time to reinvent it",
    "kkkk minha carreira morreu, vou recomeçar do zero",
    "my friend said he'd written cover letters to three companies",
    "paid back everyone i owed after the bonus, feels great, moving on",
    "we took the quick way down the stairs after the interview",
    "bon ben fin de partie pour ce poste, quelqu'un veut relire mon CV ?",
    "I have no further need of job advice, I signed the offer today!",
    "hab das fitnessstudio gekündigt, fühlt sich seltsam ruhig an ohne training",
    "ho salutato i colleghi, adesso sono tranquillo, lunedì inizio il nuovo lavoro",
    "i'm half joking but i really want a remote job",
    "mon frère a dit qu'il arrêtait de postuler pour un mois",
    "se muore la stampante almeno ne prendiamo una nuova",
]


@pytest.mark.parametrize("text", SIGNS)
def test_quiet_signs_are_asked_about(text: str) -> None:
    assert assess(text).crisis


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_stay_calm(text: str) -> None:
    assert not assess(text).crisis


@pytest.mark.parametrize(
    "pattern", [pattern for rule in RULES for pattern in rule.patterns], ids=lambda p: p[:40]
)
def test_every_pattern_finds_a_sign_and_no_look_alike(pattern: str) -> None:
    assert_finds_a_sign_and_no_look_alike(pattern, SIGNS, LOOK_ALIKES)


def test_every_rule_asks_rather_than_alarms() -> None:
    assert_every_rule_asks(RULES)
