"""The Discord adapter: slash commands, buttons, a modal and DM text in; escaped messages out.

`runner.serve(app, env, stop)` runs the bot (`bounceback run discord`); `runner.invite_url` builds
the install link; `sender.DiscordSender` delivers check-ins as DMs. The rest translates: events to
turns (`interactions`), replies to messages (`views`), custom ids (`custom_ids`), sending
(`delivery`) and the per-event lifecycle (`bridge`).
"""
