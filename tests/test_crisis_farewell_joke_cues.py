"""Last goodbyes (`bot.safety.farewell_cues`) and dark jokes and slang
(`bot.safety.joke_cues`) in six languages make a message at least a possible risk; their
look-alikes (a goodbye to colleagues on a last day, a pet minded for a week, "I'm dead lol"
about embarrassment, "killing it", a hedge about the weekend) stay calm. Jokes about hanging or
shooting oneself and wishes to be run over, outside English (`bot.safety.foreign_cues`), and
words that let the model speak about a goodbye (`bot.safety.parting_words`) are checked too."""

from __future__ import annotations

import pytest

from bot.safety import farewell_cues, joke_cues
from bot.safety.crisis import assess
from tests.cue_rules import assert_every_rule_asks, assert_finds_a_sign_and_no_look_alike

RULES = farewell_cues.RULES + joke_cues.RULES

SIGNS = [
    # the last message to this chat
    "you've been patient with me. this will be the last time i message you.",
    "i'm done trying. you won't hear from me anymore.",
    "i doubt i'll come back here again. take care",
    "gracias por escucharme. esta es la última vez que te escribo.",
    "no creo que vuelva a escribirte. gracias por todo",
    "ya está. no vas a saber más de mí.",
    "Das ist das letzte Mal, dass ich dir schreibe.",
    "ihr werdet nichts mehr von mir hören.",
    "ich glaube nicht, dass ich mich noch mal melde.",
    "c'est la dernière fois que je te dérange.",
    "tu n'entendras plus parler de moi.",
    "merci. je ne pense pas revenir.",
    "essa é a última vez que te escrevo.",
    "acho que não volto mais.",
    "vocês não vão mais ter notícias minhas.",
    "questa è l'ultima volta che ti scrivo.",
    "non credo che tornerò.",
    "grazie. non mi sentirai più.",
    "consider this my farewell.",
    "bye. forever this time",
    "it was a great ride. thank you bot",
    "esta es mi despedida.",
    "das ist mein Abschied.",
    "voilà. c'est mon adieu.",
    "essa é minha despedida, obrigada.",
    "questo è il mio addio.",
    # last words for family, and nothing mattering soon
    "tell my brother i'm sorry.",
    "dile a mi hermana que la quiero.",
    "sag meinem Bruder, dass ich ihn lieb habe.",
    "dis à mon frère que je l'aime.",
    "avisa pro meu pai que eu amo ele.",
    "di' a mio fratello che gli voglio bene.",
    "soon nothing will matter.",
    "bald ist das alles egal.",
    # the ones left behind, and a pet given away for good
    "look after the ones who stay, okay",
    "cuida de los que se quedan.",
    "beijo. cuidem dos que ficam.",
    "kümmer dich um die, die bleiben.",
    "prenez soin de ceux qui restent.",
    "abbi cura di chi resta.",
    "left my dog with my cousin, he'll take care of him better than i could.",
    "ho dato il mio gatto alla vicina, lo farà meglio",
    "my cat is going to my aunt's. it's better this way.",
    "paid the rent through april and scrubbed the kitchen. everything is sorted.",
    # giving up on everything, then a farewell
    "not trying anything anymore. goodbye everyone",
    "ya no voy a intentar nada, adiós",
    # dying nicer than the job hunt
    "death sounds way more relaxing than another assessment centre lol",
    "morirme sería más fácil que otra entrevista jaja",
    "sterben wäre entspannter als noch ein Assessment Center",
    "mourir serait moins pénible qu'un autre entretien",
    "morrer seria melhor do que mandar mais um currículo",
    "morire sarebbe meno stressante di un altro colloquio",
    # resigning from life
    "might just resign from life at this point lol",
    "quiero darme de baja de la vida jaja",
    "ich kündige beim leben lol",
    "je vais démissionner de la vie mdr",
    "acho que vou me demitir da vida kkk",
    "quasi quasi mi licenzio dalla vita",
    # the perfect day
    "rejected on my birthday, what a fitting day to die lol",
    "un día perfecto para morir jaja",
    "der perfekte Tag zum Sterben lol",
    "jour parfait pour mourir mdr",
    "dia perfeito pra morrer kkk",
    "il giorno perfetto per morire ahah",
    # a denial taken back
    "i won't do anything drastic. maybe",
    "no voy a hacer ninguna locura, creo.",
    "ich mach schon nichts, vorerst",
    "je vais rien faire. enfin je crois",
    "não vou fazer besteira, acho",
    "non faccio cazzate, credo",
    "my next application is to the cemetery lol",
    # a joke taken back, the next job being dead, a way out that looks tempting
    "just kidding. probably",
    "no, i won't really. probably not",
    "lol next career move: corpse",
    "the train tracks behind my flat look pretty tempting rn",
    "lmao my tombstone: here lies someone who never got past screening",
    "take me or bury me at this point haha",
    "when i'm gone i'm going to haunt every recruiter who ghosted me",
    # slang
    "just want the big sleep at this point",
    "gonna uninstall myself tbh",
    "hope i respawn in a better life",
    "time to 1v1 a truck lol",
    "honestly ready to push up daisies",
    "can't wait to join my grandpa in heaven",
    "quiero reunirme con mi abuelo en el cielo",
    "ich will zu meiner Oma in den Himmel",
    "je veux rejoindre mon papi au ciel",
    "quero ficar com a minha vó no céu",
    "voglio raggiungere mia nonna in cielo",
    "one more rejection and i'm doing it. lol",
    "encore un refus et je le fais. vraiment",
]
LOOK_ALIKES = [
    "this is the last time i'll apply to that company, honestly",
    "you won't hear from me again until monday, I'm off for the weekend",
    "i don't think i'll be back at that agency again",
    "this is my goodbye email to the team, can you check the tone?",
    "esta es mi despedida del equipo, ¿me ayudas a redactarla?",
    "c'est mon dernier jour, c'est un adieu à l'équipe, aide-moi à écrire le mail",
    "das ist mein abschied aus der firma, hilf mir bei der mail",
    "my neighbour is watching my dog this week, she's better at it than me honestly",
    "my sister took my cat while i'm at the assessment centre, she spoils him better than i do",
    "take care of the ones who stay at the company, they need it",
    "I'm dead lol that interview was so embarrassing",
    "killing it at interviews lately",
    "i'm not going to do anything about it, probably just wait for their reply",
    "I won't do anything today probably, too tired",
    "no voy a hacer nada hoy, creo que descansaré",
    "je vais rien faire ce week-end, je crois",
    "não vou fazer nada hoje, acho que vou descansar",
    "non faccio niente stasera, credo",
    "the interview was more painful than dying",
    "dying my hair would be more fun than writing this cover letter",
    "quit living in the city and moved home",
    "perfect day for a walk after the rejection",
    "going to take a long nap after this interview",
    "that movie the big sleep is a classic",
    "can i delete myself from this mailing list",
    "i'm applying for a job at the cemetery as a groundskeeper",
    "deleted my old drafts and everything, still not applying anywhere new yet",
    "tell my mom i love her, it's her birthday and i'm stuck at the interview",
    "soon none of this will matter, you'll have a new job in no time",
    "the dog stays with my parents during my trip, it's better this way",
    "paid the rent and moved into the new flat, everything is ready",
    "no me eligieron, pero es mejor así",
    "this chat is better than me at cover letters",
    "i'm joking, i think the recruiter was nice actually",
    "my next job is a ghost kitchen startup",
    "laid off after 8 years. it's been a good run.",
    "it's been a good run at acme, thanks for asking",
    "my next role is a dead end lol",
    "my laptop finally kicked the bucket, need a new one before the interview",
    "time to check out early from the hotel before the interview",
    "ready to bite the dust on this interview lol",
    "otra entrevista más y lo hago, me cambio de carrera",
    "one more interview and i'll do it myself, i'll apply for the manager role",
]
JOKED_MEANS = [
    "un rechazo más y me ahorco jaja",
    "otra entrevista así y me pego un tiro jajaja",
    "noch so ein Gespräch und ich häng mich auf lol",
    "lol wenn das so weitergeht erschieß ich mich",
    "encore un entretien comme ça et je me pends mdr",
    "mdr je vais crever dans un coin",
    "mdr pourvu qu'un bus m'écrase demain",
    "haha hoffentlich fährt mich morgen ein bus um",
    "kkkk mais um não e eu me enforco",
    "kkk próxima recusa eu me jogo na frente do trem",
    "ahah mi sparo se domani non mi chiamano",
    "ich will mich einfach für immer abschalten",
    "tô pensando em dar um fim nisso tudo",
    "deixei uma carta pro meu irmão",
    "quiero dejar de respirar ya",
    "vontade de parar de respirar",
    "jaja por lo menos si me muero no hay más entrevistas",
    "ehrlich, lieber tot als noch eine Absage",
    "quiero irme a criar malvas ya",
    "j'ai bien envie de manger les pissenlits par la racine",
    "tô pensando em virar presunto",
    "quasi quasi vado al creatore",
    "pienso en acostarme y no levantarme más",
]
JOKED_LOOK_ALIKES = [
    "je me pendrai au cou de mon chéri quand j'aurai le job",
    "je vais crever de faim avant la fin de l'entretien",
    "mi sparo una maratona di serie stasera",
    "der bus fährt mich um 8 zum Vorstellungsgespräch",
    "deixei a carta de apresentação na recepção",
    "vou dar um fim nisso tudo e pedir demissão amanhã",
    "vorrei smettere di respirare così forte durante i colloqui",
]
MODEL_SPEAKS = [
    "can you tell my brother the dog's pills are in the drawer. he'll need to know",
    "made sure the dog will be fed after tomorrow",
    "the plants are watered and the fridge is empty. nothing left to do",
    "las llaves están con mi vecino, mi hermano sabe dónde está la carpeta azul",
    "vendí mi guitarra y le di la plata a mi hermana. ella sabrá qué hacer",
    "hab meine gitarre verkauft und das geld meiner schwester gegeben. sie weiß schon",
]
MONEY_FOR_SOMETHING = [
    "le di la plata a mi mamá para el alquiler de este mes",
    "hab das geld meiner mutter gegeben, für die miete",
    "gave the money to my mom for rent this month",
]


@pytest.mark.parametrize("text", SIGNS + JOKED_MEANS + MODEL_SPEAKS)
def test_signs_are_asked_about(text: str) -> None:
    assert assess(text).crisis


@pytest.mark.parametrize("text", LOOK_ALIKES + JOKED_LOOK_ALIKES + MONEY_FOR_SOMETHING)
def test_look_alikes_stay_calm(text: str) -> None:
    assert not assess(text).crisis


@pytest.mark.parametrize(
    "pattern", [pattern for rule in RULES for pattern in rule.patterns], ids=lambda p: p[:40]
)
def test_every_pattern_finds_a_sign_and_no_look_alike(pattern: str) -> None:
    assert_finds_a_sign_and_no_look_alike(pattern, SIGNS, LOOK_ALIKES)


def test_every_rule_asks_rather_than_alarms() -> None:
    assert_every_rule_asks(RULES)
