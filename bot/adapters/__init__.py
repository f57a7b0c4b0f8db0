"""Thin translators between platforms and the neutral core model: console, Slack, Discord."""
