"""The calmer version keeps the facts of a mocking sentence, drops a veiled threat to turn up in
person, and never greets a heading ("Timeline,") as if it were a name."""

from __future__ import annotations

from bot.safety.draft_mocked import carried, mocked_facts
from bot.safety.drafts import review


def test_heading_that_opens_a_list_is_not_a_name() -> None:
    draft = (
        "Timeline, for your records:\n- Applied: Jan 4\n- Phone screen with Ravi: Jan 10\n"
        "Seven weeks for a no. You people are useless. I'd like feedback on the phone screen."
    )
    rewrite = review(draft).rewrite
    assert "Timeline," not in rewrite.splitlines()[0]
    assert "Jan 4" in rewrite and "Ravi" in rewrite


def test_turning_up_at_their_office_is_a_threat_and_goes() -> None:
    draft = (
        "I've emailed three times. Maybe I'll just show up at your office on Monday and see if "
        "anyone's brave enough to talk to me. I applied for Senior Analyst. I want to know which "
        "role I was actually considered for."
    )
    result = review(draft)
    assert result.hostile
    assert "show up" not in result.rewrite and "brave enough" not in result.rewrite
    assert "three times" in result.rewrite and "Senior Analyst" in result.rewrite


def test_what_someone_called_them_is_said_plainly_when_the_mockery_goes() -> None:
    draft = (
        "Hey so quick question, how does the 'top candidate' for the Assistant Store Manager "
        "job, which is what Dana literally called me on Thursday, get a rejection on Monday?? "
        "Did I sprout a second head over the weekend? Just tell me what happened between "
        "Thursday and Monday. And honestly Dana should be embarrassed."
    )
    rewrite = review(draft).rewrite
    assert "Dana told me on Thursday that I was the top candidate." in rewrite
    assert "sprout" not in rewrite and "embarrassed" not in rewrite


def test_a_quoted_promise_with_a_number_keeps_the_number_and_what_it_took() -> None:
    assert mocked_facts("Wow, your 'quick 30-minute chat' took two hours. Impressive.") == [
        "It was described as a 30-minute chat and took two hours."
    ]
    draft = (
        "Thank you, truly, for teaching me that a 'quick 30-minute chat' at your company means "
        "five rounds and a take-home. Lesson learned. What could I have done differently?"
    )
    assert "30-minute chat" in review(draft).rewrite


def test_praise_they_were_given_in_a_round_is_restated_without_the_sarcasm() -> None:
    said = mocked_facts("Oh sure, you called me 'the strongest candidate' in the final round.")
    assert said == ["In the final round, I was told that I was the strongest candidate."]
    assert carried(said[0], "In the final round, I was told that I was the strongest candidate.")
    assert not carried(said[0], "I did the final round.")


def test_spanish_mocking_sentences_keep_their_facts() -> None:
    assert mocked_facts(
        "¿Cómo es que la 'candidata ideal', que es lo que me dijo Dana el jueves, recibe un "
        "rechazo el lunes?"
    ) == ["Dana me dijo el jueves que yo era la candidata ideal."]
    assert mocked_facts("Claro, su 'charla rápida de 30 minutos' duró dos horas.") == [
        "Se presentó como una charla de 30 minutos y duró dos horas."
    ]


def test_spanish_list_stays_a_list() -> None:
    draft = (
        "Por si no les ha quedado claro:\n- 3 fases de selección\n"
        "- 1 test psicotécnico de dos horas\n- 1 entrevista con el director financiero\n"
        "Y la respuesta: 'no encaja con el perfil'. Brillante. Solicito que me indiquen qué "
        "parte del perfil no cumplo."
    )
    rewrite = review(draft).rewrite
    assert "\n- 3 fases de selección\n- 1 test psicotécnico de dos horas\n" in rewrite
    assert "- 1 entrevista con el director financiero\n" in rewrite
    assert "\x02" not in rewrite and "\x03" not in rewrite


def test_spanish_mocking_question_keeps_what_they_were_told() -> None:
    draft = (
        "Hola Dana: ¿Cómo es que la 'candidata ideal', que es lo que me dijo Dana el jueves, "
        "recibe un rechazo el lunes? Son unos payasos. Quiero saber qué pasó entre el jueves y "
        "el lunes."
    )
    rewrite = review(draft).rewrite
    assert "Dana me dijo el jueves que yo era la candidata ideal." in rewrite
    assert "payasos" not in rewrite


def test_a_signers_suffix_keeps_its_dot() -> None:
    for draft in (
        "You people are clowns. I did 4 interviews. Tell me why I was rejected.\n\nRegards,\n"
        "Tom Reyes Jr.",
        "Usted es un payaso. Hice 4 entrevistas. Quiero saber por qué.\n\nSaludos,\nTom Reyes Jr.",
        "Usted es un payaso. Hice 4 entrevistas. Quiero saber por qué.\n\nTom Reyes Jr.",
    ):
        assert review(draft).rewrite.endswith("\nTom Reyes Jr.")


def test_the_law_a_data_request_rests_on_stays_when_its_sentence_goes() -> None:
    draft = (
        "Under GDPR I'm entitled to every note you people wrote about me, so don't even think "
        "about ignoring this. I interviewed with Lukas Weber on 2 October. Send me the data "
        "within 30 days or I go straight to the regulator."
    )
    rewrite = review(draft).rewrite
    assert "I'm making this request under GDPR." in rewrite
    assert "you people" not in rewrite and "think about" not in rewrite


def test_mock_praise_for_the_timing_keeps_when_the_news_came() -> None:
    draft = (
        "ok thanks for the rejection I guess. real classy doing it on my birthday. any chance "
        "you can tell me what I should work on for next time?"
    )
    rewrite = review(draft).rewrite
    assert "I received the news on my birthday." in rewrite and "classy" not in rewrite
    spanish = review(
        "Qué detalle hacerlo el día de mi cumpleaños. ¿Me pueden decir qué debo mejorar?"
    ).rewrite
    assert "Recibí la noticia el día de mi cumpleaños." in spanish
    assert "detalle" not in spanish


def test_more_ways_of_mocking_a_promise_or_a_quote_keep_the_facts() -> None:
    assert mocked_facts("Love how the 'one-week turnaround' became six weeks. Genius.") == [
        "It was described as a one-week turnaround and took six weeks."
    ]
    assert mocked_facts("Funny how your 'quick 15-minute call' turned into a 2-hour grilling.") == [
        "It was described as a 15-minute call and took 2 hours."
    ]
    assert mocked_facts("So the 'perfect fit' (Dana's words, not mine) isn't good enough?") == [
        "Dana told me that I was the perfect fit."
    ]
    rewrite = review(
        "Love how the 'one-week turnaround' became six weeks. Genius. When will I hear back?"
    ).rewrite
    assert "Love how" not in rewrite and "Genius" not in rewrite and "six weeks" in rewrite


def test_spanish_mock_praise_lead_gives_way_to_the_plain_facts() -> None:
    rewrite = review(
        "Genial, su 'entrevista rápida de 20 minutos' se alargó dos horas. Qué profesionales. "
        "¿Me pueden dar feedback?"
    ).rewrite
    assert "Se presentó como una entrevista de 20 minutos y duró dos horas." in rewrite
    assert "Genial" not in rewrite
    rewrite = review(
        "Qué curioso que la 'candidata perfecta', como me llamó Laura el martes, reciba un "
        "rechazo el viernes. Quiero saber qué cambió."
    ).rewrite
    assert "Laura me dijo el martes que yo era la candidata perfecta." in rewrite
    assert "curioso" not in rewrite


def test_the_reason_quoted_back_in_disbelief_is_kept_plainly() -> None:
    rewrite = review(
        "I taught for 11 years. And I don't meet the 'leadership criteria' for head of year?? "
        "Please send me the criteria."
    ).rewrite
    assert "I understand I don't meet the leadership criteria for head of year." in rewrite
    whole = review(
        "I taught for 11 years and trained 30 new teachers and I don't meet the 'leadership "
        "criteria' for head of year?? Please send me the criteria."
    ).rewrite
    assert "trained 30 new teachers" in whole and whole.count("head of year") == 1
    assert mocked_facts("Your 'two-week' decision took two months.") == [
        "It was described as a two-week decision and took two months."
    ]


def test_a_mocking_sentence_with_more_facts_than_its_restatement_is_not_dropped_whole() -> None:
    rewrite = review(
        "Funny how your 'quick 30-minute chat' took two hours and covered SQL and Tableau. "
        "I'd like feedback."
    ).rewrite
    assert "SQL" in rewrite and "Tableau" in rewrite and "30-minute" in rewrite
