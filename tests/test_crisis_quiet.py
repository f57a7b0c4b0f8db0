"""Quiet signs of risk (`bot.safety.quiet_cues`): hurt other than cutting, goodbyes by
arrangement, means at hand and plain questions about means, worry about someone else, a wish to
die in a joke or in broken English. Each family is caught, and its everyday twin is not."""

from __future__ import annotations

import pytest

from bot.safety import lexicon
from bot.safety.crisis import CLEAR, POSSIBLE, assess


@pytest.mark.parametrize(
    "text",
    [
        "smashed my fist into the fridge till my knuckles cracked",
        "i keep hitting myself when i get another no",
        "pressed a hot spoon against my arm after the call",
        "clawed at my legs raw last night",
        "i don't deserve food until someone hires me",
        "not eating anything this week as punishment for blowing it",
        "bit my hand so hard it bled when i read the email",
        "there are fresh burns on my thighs and i don't care",
        "why does it feel better after i cut",
    ],
)
def test_hurt_other_than_cutting_is_a_clear_risk(text: str) -> None:
    found = assess(text)
    assert found.level == CLEAR and lexicon.SELF_HARM in found.categories, found


@pytest.mark.parametrize(
    "text",
    [
        "i relapsed last night after the rejection",
        "slammed my head on the desk after they said no",
        "banged my head on the steering wheel in their car park",
        "lost my 90 day streak tonight",
    ],
)
def test_possible_self_harm_is_asked_about(text: str) -> None:
    found = assess(text)
    assert found.level is not None and lexicon.SELF_HARM in found.categories, found


@pytest.mark.parametrize(
    "text",
    [
        "what's the least painful way that won't fail",
        "please look after my cat when i'm gone",
    ],
)
def test_goodbyes_and_painless_ways_are_a_clear_risk(text: str) -> None:
    found = assess(text)
    assert found.level == CLEAR and lexicon.PLAN in found.categories, found


@pytest.mark.parametrize(
    "text",
    [
        "the rope is in my car",
        "last interview i'll ever do, honestly",
        "if anyone reads this later, it wasn't anyone's fault",
        "signing off for good now",
        "my nephew can have my playstation and my games",
        "found a new home for my dog today",
        "wrote a letter for each of my kids tonight",
        "said goodbye to everyone i love this week",
        "just wanted to say you were kind to me",
        "won't need the cv stuff anymore. thanks for everything you did",
        "see you all on the other side",
        "how many sleeping pills is too many",
        "what's the highest building in town you can climb onto the roof of",
        "do freight trains still go past the old depot at night",
        "do pharmacies notice if you buy paracetamol at several different shops",
    ],
)
def test_quiet_goodbyes_and_plain_means_questions_are_asked_about(text: str) -> None:
    found = assess(text)
    assert found.level is not None and lexicon.PLAN in found.categories, found


def test_means_at_someone_elses_home_is_asked_about() -> None:
    found = assess("my dad keeps his rifle in the garage and he's away")
    assert found.crisis and {lexicon.PLAN, lexicon.SOMEONE_ELSE} & set(found.categories), found


@pytest.mark.parametrize(
    "text",
    [
        "my girlfriend has been googling lethal doses since she was let go",
        "my mate texted goodbye everyone and now he's not answering",
        "found my brother on the roof of his building last night",
        "i'm scared my husband will do something since the redundancy",
        "my flatmate keeps joking about being better off dead",
    ],
)
def test_worry_about_someone_else_is_caught(text: str) -> None:
    found = assess(text)
    assert found.crisis and lexicon.SOMEONE_ELSE in found.categories, found


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("sometimes i want die, nobody give me work", CLEAR),
        ("better i die than tell my family", CLEAR),
        ("my next career move is a coffin lol", POSSIBLE),
        ("the void looks cozy rn haha", POSSIBLE),
        ("death is the only offer i'm getting", POSSIBLE),
        ("i want it all to stop, everything", POSSIBLE),
        ("honestly what's keeping me here", POSSIBLE),
        ("i keep thinking about not braking on the motorway", POSSIBLE),
        ("i won't be around for the next round of emails", POSSIBLE),
    ],
)
def test_a_wish_to_die_in_a_joke_or_broken_english_is_caught(text: str, level: str) -> None:
    found = assess(text)
    assert found.level is not None and (level == POSSIBLE or found.level == level), found


@pytest.mark.parametrize(
    "text",
    [
        "i beat myself up about that answer all night",
        "i burned my hand on the oven this morning",
        "i hit my head on the cupboard door",
        "i've been banging my head against the wall trying to fix my cv",
        "my tendonitis relapsed so typing is slow",
        "the urge to cut my losses is strong",
        "my sister can look after my cat while i'm at the assessment centre",
        "i gave my old laptop to my brother since i got a work one",
        "i wrote a letter to my mom telling her about the offer",
        "won't need the interview prep anymore, i got the job! thank you",
        "see you on the other side of the interview",
        "i got a lot of pills from the dentist after the surgery",
        "how many paracetamol can i take for a headache",
        "what's the tallest building in chicago, asking for a quiz",
        "does the express train stop at the airport",
        "id rather die than do another panel interview",
        "i'd rather die than sit through another group exercise",
        "there's no point in applying there again",
        "i'm tired of being here at this company",
        "my friend is worried about rent since the layoff",
        "i'm signing off for the day, thanks",
        "i don't get to eat lunch on interview days",
        "part of me wants to burn bridges with that recruiter",
        "i cut my hand again chopping onions",
        "my razor is in my bag for the trip",
        "can you look after my cat when i'm gone for the assessment day",
        "this is the last application i'll send this week",
    ],
)
def test_everyday_twins_are_not_a_risk(text: str) -> None:
    assert assess(text).level is None, assess(text)


@pytest.mark.parametrize(
    "text",
    [
        "me quemé el brazo con el encendedor otra vez",
        "ich hab gegen die tür geschlagen bis die hand blutig war",
        "je me suis brûlé le bras exprès hier soir",
        "dei socos na parede até sangrar a mão",
        "mi sono bruciata il polso con l'accendino",
        "no me merezco comer hasta que encuentre algo",
        "welches hochhaus in köln ist am höchsten",
        "mia sorella mi ha mandato un messaggio di addio",
        "à quoi bon continuer, franchement",
    ],
)
def test_quiet_signs_in_other_languages_are_caught(text: str) -> None:
    assert assess(text).crisis, assess(text)
