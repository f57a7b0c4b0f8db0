"""Scheduled check-ins: placing them in a person's local time (DST, quiet hours, pauses, a daily
limit), delivering each exactly once through APScheduler and our own `checkins` table, the
person's controls (list, cancel, pause, resume, time zone, time of day) and their mood history.

Wiring: `actions.register(registry, services)` adds the flow actions; `notice.inspector` goes in
the engine's inspectors after the crisis check; `CheckinService(store, engine.prepare_flow, sender,
settings=..., scheduler=...)` delivers through the store's transactions, on the app's scheduler,
with `start()` and `stop()` around the bot's lifetime.
"""
