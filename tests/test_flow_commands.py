"""A command word finds its flow: this language's flows first, then another language's words."""

from __future__ import annotations

from bot.flows.model import Flow, FlowSet, Triggers


def flow(fid: str, *commands: str) -> Flow:
    return Flow(fid, fid, "start", {}, Triggers(commands=commands))


def test_a_command_word_finds_its_flow_in_this_language_first_then_in_others() -> None:
    english = {
        "vent": flow("vent", "vent", "rant"),
        "data": flow("data", "my data"),
        "again": flow("again", "vent"),  # a later flow with the same word never wins
    }
    languages: dict[str, FlowSet] = {}
    languages["es"] = FlowSet(
        {
            "vent": flow("vent", "desahogo", "my data"),
            "data": flow("data", "mis datos"),
            "only_es": flow("only_es", "solo"),
        },
        languages=languages,
        language="es",
    )
    flows = FlowSet(english, languages=languages)
    assert flows.by_command("vent") is english["vent"]
    assert flows.by_command("RANT") is english["vent"]
    assert flows.by_command("mydata") is english["data"]  # spaces and case aside
    assert flows.by_command("Mis Datos") is english["data"]  # the Spanish word, English flow
    assert flows.by_command("desahogo") is english["vent"]
    assert flows.by_command("solo") is None  # that flow is not in this language's set
    assert flows.by_command("nothing") is None
    spanish = languages["es"]
    assert spanish.by_command("my data") is spanish.flows["vent"]  # its own flows come first
    assert spanish.by_command("ánimo") is None
