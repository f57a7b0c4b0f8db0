"""Understanding what people write: the answer to the waiting question (numbers, yes/no, fuzzy
and learned matching, mood in words), the situation they describe (`situation`), questions they
ask anywhere (`questions`) and the feelings they name (`feelings`). `bot.listening`, a layer
up, plugs them into the engine as inspectors and a few actions.

Everything here is offline and deterministic: the matcher learns from the flows' own `examples:`
when the flows load, and the mood scorer uses the lexicon that ships with vaderSentiment.
"""
