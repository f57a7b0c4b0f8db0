"""The platform-neutral heart: the conversation model, the action registry and the engine."""
