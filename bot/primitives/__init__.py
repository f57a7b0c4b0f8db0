"""The bottom layer: text folding and the action registry, which the flows and everything above
them share. Imports nothing from the rest of `bot`."""
