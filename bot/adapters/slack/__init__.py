"""The Slack adapter: slack-bolt's AsyncApp in Socket Mode or HTTP mode, translating Slack events
to neutral `Turn`s and neutral `Reply`s to Block Kit messages, plus the App Home view and check-in
delivery by direct message. `bounceback run slack` calls `bot.adapters.slack.runner.serve`.
"""
