"""Running Bounce Back in production: metrics, health checks and the small HTTP server for both.

`metrics` keeps the counters and the turn-latency histogram and writes them in the Prometheus text
format; `instrument` hooks them into a built app without touching any part's code; `health` asks
the database and the platform adapters whether they work; `server` serves `/healthz`, `/livez`
and `/metrics` (and offers the same routes to any other aiohttp app, such as Slack's HTTP mode).
Nothing here ever sees what a person wrote: only outcomes, durations, counts and names.
"""
