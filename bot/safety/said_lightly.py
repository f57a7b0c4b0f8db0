"""Death words said lightly, and harm denied, in six languages: set aside before the crisis check
looks for a risk topic or a core concept outside English.

"My mom is going to kill me when she hears", "my boss would kill me", "mia madre mi ammazza", "me
muero de ganas", "morte de fatigue", "dead tired", "zum Sterben langweilig": someone else
who will "kill" the writer over a setback, or dying as an intensifier, name no risk. Neither does
a denial of harm ("no, non ho pensieri di farmi del male", "não tô pensando em me matar", "i'm not
going to hurt myself"). `blank_lightly(normal)` blanks both, so that the crisis model alone does
not ask about them (`bot.safety.risk_topics`) and a concept inside them does not count
(`bot.safety.foreign_cues`); a risk named elsewhere in the message still counts, and the English
rules (which read denials themselves) are not changed; `denies_harm(normal)` says whether harm is
denied, and vanishing from a platform ("sparire da linkedin per un mese") is said lightly too.
Patterns match `normalise` output (lower-case ASCII, letter runs collapsed), and are collapsed
the same way. `JOKE` (a joke marker: "lol", "jaja", "mdr", "kkk") and `FIGURE` (a figure of
speech explained: "foi só modo de dizer", "meinte ich nur") are read by `bot.safety.crisis`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.primitives.alternation import uncaptured
from bot.safety.normalise import collapse_runs

JOKE = re.compile(
    r"(?:^| )(?:lol|lmao|lmfao|rofl|jk|xd|mdr|ptdr|k|rs|haha\w*|hehe\w*|jaja\w*|jeje\w*|"
    r"ahah\w*|hah|kidding|joking|(?:dark|black|gallows) humou?r|(?:chiste|humor) negro"
    r"|humour noir|schwarzer humor|galgenhumor|umorismo nero|humor nero)(?= |$)"
)
FIGURE = re.compile(
    collapse_runs(
        r"(?:^| )(?<!pas une )(?<!not a )(?<!not just an )(?<!no es una )(?<!nao e um )(?:"
        r"figure of speech|just an expression|forma de hablar|forma de decir|"
        r"modo de dizer|jeito de falar|modo di dire|facon de parler|maniere de parler|"
        r"redewendung|(?:nur )?so dahingesagt|nur so gesagt|era (?:una )?broma|era brincadeira|"
        r"era (?:uno )?scherzo|c etait pour rire|war (?:ein|nur ein) (?:witz|scherz)|"
        r"exager\w*|esager\w*|ubertrieben|meinte ich (?:nur|bloss|damit)|i (?:only|just) meant|"
        r"solo queria decir|je voulais (?:juste|seulement) dire|so quis dizer|volevo solo dire|"
        r"(?:era|fue|foi) (?:de|por|da) (?:la )?(?:vergonha|verguenza|vergogna)|"
        r"c etait de (?:la )?honte|(?:i )?meant (?:of|from) embarrassment|vor scham)"
        r"(?= |$)"
    )
)
"""A figure of speech explained ("'quero morrer' foi só modo de dizer"): outside English (where
the rules read denials) a core concept quoted beside it only counts when the model agrees."""

_SOMEONE = (
    r"(my|mi|mis|meine?|ma|mon|mes|minha|meu|meus|mia|mio|miei|la|el|die|der|a|o) ?"
    r"(mom|mum|mother|dad|father|parents|wife|husband|partner|gf|bf|boss|family|sister|brother"
    r"|madre|mama|mami|vieja|viejo|padre|papa|papi|jefe|jefa|esposa|esposo|novia|novio|familia"
    r"|muter|mutti|mama|vater|papa|eltern|frau|mann|freundin|freund|chef|chefin"
    r"|mere|maman|pere|parents|femme|mari|copine|copain|patron|famile"
    r"|mae|mamae|pai|pais|esposa|marido|namorada|namorado|chefe|familia|madre|babbo|moglie"
    r"|marito|ragaza|ragazo|capo|famiglia|genitori)"
)
_KILLS_ME = (
    r"((is|s) )?(going to|gona|wil|wil probably|is gonna|would|would probably) (literally )?kil me"
    r"|(me )?(va|van) a (matar|asesinar)|me mata|me matan|me mataria\w*"
    r"|(bringt|bringen|wird|wurde|wurden) mich (\w+ )?um(bringen)?"
    r"|(va|vont|vas) me tuer|me tue|vont me tuer|me tuerai\w*"
    r"|(vai|vao) me matar|me mata|me matam|me mataria\w*"
    r"|mi (amaza|amazano|uccide|uccidono)|mi (amazera|uciddera|uccidera|amazerebbe\w*)"
)
_LIGHTLY = [
    # vanishing from a platform: "quiero desaparecer de linkedin un mes"
    r"(disapear|vanish|desaparecer|verschwinden|disparaitre|sumir|sparire) (\w+ ){0,2}(from|de|da"
    r"|von|do|dal|dai|dale|das|des|du) (\w+ )?(linkedin|instagram|insta|social media|socials"
    r"|redes|internet|twitter|facebook|tiktok|la red|les reseaux|reseaux sociaux|as redes"
    r"|social|sozialen medien|whatsapp)",
    _SOMEONE + r" (\w+ ){0,2}(" + _KILLS_ME + r")",
    r"(me )?(muero|mori|moria|muriendo) de (ganas|hambre|sueno|risa|verguenza|frio|calor"
    r"|nervios|aburimiento|envidia|cansancio|pena)",
    r"muert[oa]s? de (cansancio|sueno|hambre|risa|verguenza|frio|calor|miedo)",
    r"(mort|morte|morts|mortes|meurs|mourais|mourir) de (fatigue|rire|honte|faim|froid|chaud"
    r"|peur|ennui|envie)|(ennuyeux|chiant|long|longue) a mourir",
    r"(morendo|morta|morto|muoio|morivo|morire) (di|dal|dalla|dalle) (fame|sonno|rider\w*|vergogna"
    r"|freddo|caldo|paura|noia|stanchezza|voglia|invidia)|da morire",
    r"(morendo|morrendo|morri|morro|morta|morto) de (fome|sono|rir|vergonha|frio|calor|medo"
    r"|saudade|inveja|cansaco|tedio|vontade)",
    r"(quase|casi|por poco|quasi|fast) (morri|me muero|me mori|mori|sono mort[oa]|muoio"
    r"|gestorben)|(jai|j ai) failli mourir|stanc[oa] mort[oa]|muert[oa] de cansancio",
    r"(dead|dog) (tired|beat|exhausted)|dead on my feet|(bored|tired|scared|worried) to death"
    r"|dying (of|from) (boredom|hunger|thirst|embarrassment|laughter|curiosity|the heat)",
    r"zum sterben (langweilig|mude|schlecht|peinlich|ode)|todmude|todlangweilig|totlangweilig"
    r"|tot ?mude|sterbenslangweilig|sterbensmude|(sterbe|sterb) (fast )?vor (langeweile|hunger"
    r"|scham|lachen|angst|mudigkeit)",
]
_HARM = (
    r"(farmi del male|fami del male|mi facio (del )?male|farmi male|uccidermi|amazarmi|suicidarmi"
    r"|togliermi la vita|hacerme dano|me hago dano|lastimarme|matarme|suicidarme|quitarme la vida"
    r"|me (quiero )?(matar|suicidar)|me faire du mal|me fais du mal|me tuer|me suicider"
    r"|(mich|mir) (\w+ )?(umzubringen|umbringen|anzutun|antun)"
    r"|me (matar|machucar|suicidar)|fazer mal a mim|tirar minha vida"
    r"|hurt(ing)? myself|harm(ing)? myself|kil(ing)? myself|end(ing)? my life|suicid\w*"
    r"|suizid\w*|selbstmord\w*)"
)
_DENIED = (
    r"(no(?! one)|zero|cero|not|non|nao|nicht|keine|kein|keinen|pas|nem|niente|nesun\w*|ningun\w*"
    r"|nada|nenhum\w*|aucun\w*|sin|sem|senza|ohne) (\w+ ){0,4}"
    + _HARM
    + r"(?!( [.,])? (but|pero|ma|mais(?! (no|na|pelo|pela|do|da|num|numa) )|aber|mas|though"
    r"|aunque|anche se|yet|still|todavia)(?![a-z]))"
)
_PATTERN = re.compile(  # groups capture nothing: the same matches, found faster
    uncaptured(collapse_runs(r"(?<![a-z])(?:" + "|".join([*_LIGHTLY, _DENIED]) + r")(?![a-z])"))
)


_DENIAL = re.compile(uncaptured(collapse_runs(r"(?<![a-z])(?:" + _DENIED + r")(?![a-z])")))
_IF = re.compile(
    r"(?<![a-z])(si|se|s|sil|sils|wen|fals|if)( (?!(no|not|non|nao|nicht|pas)(?![a-z]))\w+){0,4} $"
)
"""A condition just before the "no": "se eles nao me ligarem vou me matar" (if they don't call me,
I'll kill myself) denies nothing."""


def _condition(normal: str, found: re.Match[str]) -> bool:
    return _IF.search(normal, max(0, found.start() - 40), found.start()) is not None


def _denials(normal: str, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The matches of `pattern` that are no "no" inside a condition: after one that is, the
    search goes on from its next word ("se nao me ligarem nao vou me matar" denies)."""
    pos = 0
    while (found := pattern.search(normal, pos)) is not None:
        if _DENIAL.fullmatch(found.group(0)) and _condition(normal, found):
            pos = normal.find(" ", found.start() + 1)
            if pos < 0:
                return
            continue
        yield found
        pos = max(found.end(), found.start() + 1)


def denies_harm(normal: str) -> bool:
    """Whether normalised text denies harm ("non mi faccio del male", "i'm not suicidal"); a "no"
    inside a condition ("si no me llaman...") is no denial."""
    return next(_denials(normal, _DENIAL), None) is not None


def blank_lightly(normal: str) -> str:
    """Normalised text with death words said lightly and denied harm blanked (" _ ")."""
    out, pos = [], 0
    for found in _denials(normal, _PATTERN):
        out += [normal[pos : found.start()], " _ "]
        pos = found.end()
    return "".join(out) + normal[pos:] if out else normal
