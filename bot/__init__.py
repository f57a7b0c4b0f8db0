"""Bounce Back: emotional first aid after a job rejection, as a chat bot.

The package is layered: `bot.core`, `bot.flows` and `bot.safety` are platform-neutral and import
no chat SDK or database driver; `bot.store` owns persistence; `bot.adapters` translate platforms
to and from the core model; `bot.app` wires the pieces together; `bot.cli` is the command line.
"""

__version__ = "0.1.0"
