"""The person's ask survives the calmer version in the shapes it is often typed in: a wish said
of the thing ("an answer would be appreciated"), a question about what went wrong, a request with
a sarcastic condition tacked on; and a veiled threat never survives."""

from __future__ import annotations

from bot.safety.draft_asks import polite_ask
from bot.safety.draft_register_es import formal
from bot.safety.drafts import review


def test_a_wish_said_of_the_thing_is_asked_for() -> None:
    assert polite_ask("Some feedback would still be appreciated.") == (
        "I'd be grateful for some feedback."
    )
    assert polite_ask("A phone call would have been decent; it still would be.") == (
        "I'd be grateful for a phone call."
    )
    assert polite_ask("An email would have been nice.") == "I would have appreciated an email."


def test_questions_about_what_went_wrong_are_asked() -> None:
    assert polite_ask("What was I missing?") == "What was I missing?"
    assert polite_ask("What specifically went wrong?") == "What specifically went wrong?"
    assert polite_ask("Any news on the analyst opening?") == (
        "I'd be grateful for any news on the analyst opening."
    )


def test_a_sarcastic_condition_comes_off_the_ask() -> None:
    draft = (
        "You ghosted me for five weeks after the onsite, you clowns. I'd truly like to hear the "
        "criteria you used, assuming you had any."
    )
    result = review(draft)
    assert result.hostile
    assert "criteria" in result.rewrite and "five weeks" in result.rewrite
    assert "assuming" not in result.rewrite and "clowns" not in result.rewrite


def test_a_veiled_threat_goes_whole() -> None:
    draft = (
        "You'd better hope we never meet at a conference. Six interviews and nothing. "
        "I want feedback, you idiots."
    )
    result = review(draft)
    assert "hope" not in result.rewrite.lower() and "conference" not in result.rewrite
    assert "Six interviews" in result.rewrite or "six interviews" in result.rewrite


def test_a_name_is_not_said_as_usted() -> None:
    assert formal("Hablé con Tomás y con Inés el lunes, como me dijiste.", True) == (
        "Hablé con Tomás y con Inés el lunes, como me dijo."
    )


def test_a_spanish_request_at_the_end_of_a_complaint_is_kept() -> None:
    draft = (
        "Tras cinco años de experiencia en logística, que me descarten por 'falta de perfil' es "
        "una burla, así que les exijo que me manden el informe de la entrevista por correo."
    )
    rewrite = review(draft).rewrite
    assert "Agradecería que me manden el informe de la entrevista por correo." in rewrite
    assert "cinco años" in rewrite and "burla" not in rewrite


def test_a_spanish_request_keeps_its_verb_and_loses_the_name_calling() -> None:
    rewrite = review("Gracias por nada. Eliminad mis diseños de vuestro Drive.").rewrite
    assert "Agradecería que eliminen mis diseños" in rewrite
    rewrite = review("Lo único que te pido es que me devuelvas los planos, inútiles.").rewrite
    assert "Agradecería que me devuelvan los planos." in rewrite and "inútiles" not in rewrite


def test_time_wasted_on_tasks_keeps_the_tasks() -> None:
    draft = "Mil gracias por hacerme perder el tiempo con dos entrevistas y un caso práctico."
    rewrite = review(draft).rewrite
    assert "Hice dos entrevistas y un caso práctico." in rewrite


def test_withdrawing_from_another_offer_is_not_withdrawing_from_this_one() -> None:
    draft = (
        "You talked me into walking away from a signed contract, I withdrew from another offer "
        "on the 3rd for you, and now you ghost me, you idiots. I want to know what happened."
    )
    rewrite = review(draft).rewrite
    assert "withdraw my application" not in rewrite
    assert "idiots" not in rewrite


def test_the_real_reason_stays_in_the_ask() -> None:
    rewrite = review("You clowns. I'd appreciate knowing the real reason I was cut.").rewrite
    assert "the real reason" in rewrite


def test_an_echo_of_the_sentence_before_goes_and_takes_no_fact_with_it() -> None:
    draft = (
        "I gave a talk to nine engineers. Then nothing for a month, and then a form email "
        "saying 'not the right fit'. Not the right fit! Pathetic. Tell me why."
    )
    rewrite = review(draft).rewrite
    assert "nine engineers" in rewrite
    assert rewrite.lower().count("right fit") <= 1


def test_a_list_of_what_they_want_is_asked_for_item_by_item() -> None:
    draft = (
        "What I want, after all this:\n- an explanation of the scoring\n"
        "- my design files removed from your drive\nYou people are a joke."
    )
    rewrite = review(draft).rewrite
    assert "I'd like an explanation of the scoring." in rewrite
    assert "I'd like my design files removed from your drive." in rewrite
    assert "joke" not in rewrite


def test_a_request_after_a_comma_is_kept_whole() -> None:
    draft = "Since you ghosted me for a month, I expect a written summary of the panel's notes."
    assert "I'd be grateful for a written summary of the panel's notes." in review(draft).rewrite


def test_a_name_said_at_the_end_of_a_question_is_whom_it_is_to() -> None:
    rewrite = review("WHAT IS WRONG WITH YOU, DEREK?? I did 5 interviews. Tell me why.").rewrite
    assert rewrite.startswith("Hi Derek,")
    assert "5 interviews" in rewrite


def test_a_statement_about_what_they_would_say_is_not_an_ask() -> None:
    draft = (
        "You idiots. I'd like to point out I drove 3 hours for this. In any case, I'd appreciate "
        "knowing who made the call."
    )
    rewrite = review(draft).rewrite
    asks = rewrite.split("\n\n")[-2]
    assert "who made the call" in asks and "point out" not in asks
