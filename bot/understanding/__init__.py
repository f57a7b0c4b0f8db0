"""Understanding what people type at a question: numbers, yes/no, fuzzy and learned matching, mood.

Everything here is offline and deterministic: the matcher learns from the flows' own `examples:`
when the flows load, and the mood scorer uses the lexicon that ships with vaderSentiment.
"""
