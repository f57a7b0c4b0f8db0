"""Quiet signs of risk said without the usual words (`bot.safety.unsaid_cues`, and the concept
cues in other languages): each makes a message at least a possible risk, so the person is asked
directly, while the everyday reading of the same words is left alone."""

from __future__ import annotations

import pytest

from bot.safety.crisis import POSSIBLE, assess
from bot.safety.lexicon import SOMEONE_ELSE


@pytest.mark.parametrize(
    "text",
    [
        # hurting oneself by other means
        "is it weird to want to hurt yourself after an interview goes badly",
        "my old scars had almost gone and now there are fresh ones beside them",
        "i pulled a clump of my hair out in the bathroom after the call",
        "kept my hand in the boiling water on purpose after the email came",
        "every time i get a no i dig my nails into my arm",
        "sometimes i burn my arm when i get another rejection, it calms me",
        "relapsed. it's been a year and now this",
        # things put in order for after
        "asked my neighbour if she could take my dog. told her he likes the park at 7",
        "wrote my parents a short letter each, just in case",
        "if i don't write tomorrow, that's ok. it's what i want",
        "gave my brother the passwords to my bank account today",
        "i'm returning everything i borrowed from people this week",
        "recorded a video for my son to watch when he grows up",
        # a chosen place or day
        "i already picked the spot. the interview result comes friday",
        "went to the bridge again after the call. just stood there an hour",
        "googled how high my balcony is after the fourth rejection lol",
        "looked up which car parks have no barriers on the top floor",
        "the express doesn't slow down at the old station. been checking the timetable all week",
        "closed my accounts and cancelled the gym. everything is sorted now",
        "thinking about checking out early. permanently",
        "been stockpiling my dad's old prescriptions for a month",
        "might just lie down on the tracks and let the train handle my job search",
        # tired of living, a burden, jokes
        "i'm so tired of being a person",
        "i am burden for my family, they pay everything",
        "maybe i'm just not meant to be here",
        "next i'll send my cv to heaven, maybe they're hiring lmao",
        "the only employer that would hire me is the morgue haha",
        "no job no family money. i will finish everything tomorrow",
    ],
)
def test_a_quiet_sign_is_asked_about(text: str) -> None:
    assert assess(text).level is not None


@pytest.mark.parametrize(
    "text",
    [
        "my brother said he's been going to the bridge every night. he's never been like this",
        "my girlfriend told me she's not meant to be here after the layoff",
        "my uncle has been sitting in the garage with the engine running since he got fired",
        "my sister sent a long message saying how much we mean to her and now her phone is off",
    ],
)
def test_the_same_signs_about_someone_else_are_worry_about_them(text: str) -> None:
    result = assess(text)
    assert result.level is not None and SOMEONE_ELSE in result.categories


@pytest.mark.parametrize(
    "text",
    [
        "me voy de este mundo, ya no puedo con tanto rechazo",
        "mi sa che stacco la spina. non dal lavoro, da tutto",
        "ho sistemato le mie cose e salutato tutti",
        "minha mãe falou que logo não vai mais dar trabalho pra ninguém",
    ],
)
def test_concepts_in_other_languages_are_asked_about(text: str) -> None:
    assert assess(text).level is not None


@pytest.mark.parametrize(
    "text",
    [
        "asking my sister to take my cat while i fly to the final interview",
        "picked the date for my first day, they said monday works",
        "i'm pulling my hair out over this cover letter",
        "i'm not going to the bridge club tonight, too tired",
        "my dad relapsed into smoking after the layoff",
        "i stacked shelves for two years before this job",
        "asked my mom if she could take my dog on thursday while i go to the assessment centre",
        "i sent the recruiter my login details for the test portal like she asked",
        "need to check out early today for the dentist",
        "cancelled the gym to save money, the budget is sorted for now",
        "picked up my prescriptions on the way home from the interview",
    ],
)
def test_the_everyday_reading_is_left_alone(text: str) -> None:
    assert assess(text).level is None


def test_a_quiet_sign_alone_is_only_possible() -> None:
    assert assess("wrote my parents a short letter each, just in case").level == POSSIBLE
