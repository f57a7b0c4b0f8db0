"""A goodbye with no death word and a wish to die wrapped in a joke (`bot.safety.quiet_cues`):
"see you never", going away for good, "bye, thanks for everything" with nothing after it, "if i
die at least i won't have to...", "my savings run out and so do i" are asked about directly, by
rule rather than by the model's say; a goodbye until tomorrow, a trip away and dying of boredom
are not read as such."""

from __future__ import annotations

import pytest

from bot.safety import foreign_cues
from bot.safety.crisis import assess
from bot.safety.normalise import normalise
from bot.safety.patterns import compile_pattern, pad
from bot.safety.quiet_cues import RULES
from bot.safety.said_lightly import JOKE as JOKE_MARKER

GOODBYE = "may be saying goodbye"
JOKE = "may be joking about dying"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("ok. that's it from me. see ya never", GOODBYE),
        ("i'm going away, for good this time", GOODBYE),
        ("goodbye. thank you so much for everything", GOODBYE),
        ("i just want you to know i tried", GOODBYE),
        ("haha if i die at least i won't get ghosted anymore", JOKE),
        ("at least the grave doesn't ask for a cover letter lol", JOKE),
        ("the unemployment money won't last and neither will i", JOKE),
        ("my savings run out in april and so do i lol", JOKE),
        ("my benefits won't last, and then neither will i", JOKE),
        ("my pension plan is not making it that far", JOKE),
        ("good news, heaven is hiring. might apply in person lmao", JOKE),
    ],
)
def test_a_goodbye_or_a_joke_about_dying_is_asked_about(text: str, reason: str) -> None:
    assert reason in _rule_reasons(text)
    assert assess(text).level is not None


@pytest.mark.parametrize(
    "text",
    [
        "bye, thanks for everything, talk tomorrow",
        "i'm going away for the weekend, back on monday",
        "if i die of boredom in this webinar at least i won't have to present",
        "see you next week for the mock interview",
        "my savings run out in april so i need a job fast",
    ],
)
def test_their_everyday_twins_are_not_read_as_such(text: str) -> None:
    assert not {GOODBYE, JOKE}.intersection(_rule_reasons(text))


def _rule_reasons(text: str) -> set[str]:
    """The reasons of the quiet-sign rules any of whose patterns the text matches."""
    normal = pad(normalise(text))
    return {
        rule.reason
        for rule in RULES
        if any(compile_pattern(p).search(normal) for p in rule.patterns)
    }


@pytest.mark.parametrize(
    "text",
    [
        "jaja si me muero por lo menos ya no mando más currículums",
        "wenn ich sterbe muss ich wenigstens nie wieder ein anschreiben tippen",
        "ptdr si je meurs au moins plus besoin de relancer les recruteurs",
        "kkk se eu morrer pelo menos não preciso mais fazer dinâmica",
        "ahah se muoio almeno non devo più aggiornare il curriculum",
    ],
)
def test_if_i_die_at_least_is_a_core_concept_in_five_languages(text: str) -> None:
    assert foreign_cues.has_cue(pad(normalise(text)) + " ")


@pytest.mark.parametrize(
    "text",
    [
        "si me muero de risa al menos que sea viendo memes",
        "se muoio di fame almeno mangio la pizza stasera",
        "wenn ich sterbe, wer erbt dann eigentlich die wohnung",
    ],
)
def test_dying_of_laughter_or_an_inheritance_question_is_not(text: str) -> None:
    assert not foreign_cues.has_cue(pad(normalise(text)) + " ")


@pytest.mark.parametrize(
    "text",
    ["Dark humour: my severance covers the burial", "Humor negro: ya tengo fecha de ataúd"],
)
def test_a_dark_humour_label_is_a_joke_marker(text: str) -> None:
    assert JOKE_MARKER.search(normalise(text)) is not None


def test_no_point_going_on_in_mexican_spanish_is_a_core_concept() -> None:
    assert foreign_cues.has_cue(pad(normalise("la verdad ya no tiene caso seguir")) + " ")
    assert not foreign_cues.has_cue(pad(normalise("no tiene caso mandar otro correo")) + " ")


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for listening. I think this is the last time I'll need to talk to anyone.",
        "this is the last time i'll reach out to anyone",
    ],
)
def test_the_last_time_they_will_talk_to_anyone_is_asked_about(text: str) -> None:
    assert assess(text).level is not None


@pytest.mark.parametrize(
    "text",
    [
        "thanks, this is the last time i'll need to talk to you about this job, i got an offer",
        "last time i came here i felt better",
        "tengo miedo que el casero me saque, debo 9500 y no tengo",
        "me corrieron y no me quieren pagar la liquidacion, que hago?",
        "Well. Can it be negotiated? I do not want to seem ungrateful.",
    ],
)
def test_the_look_alikes_of_a_last_goodbye_are_not(text: str) -> None:
    assert assess(text).level is None
