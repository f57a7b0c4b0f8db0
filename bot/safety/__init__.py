"""Safety: crisis detection (`bot.safety.crisis`), draft review and the `classify` command.

Platform-neutral: nothing here imports a chat SDK or a database driver.
"""
