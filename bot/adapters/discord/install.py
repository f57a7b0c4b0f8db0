"""`bounceback discord invite-url [--user-install]`: the install link, printed for the operator.

Owns the command-line side of installing the bot: which application id to use (`--client-id`,
else DISCORD_CLIENT_ID), the exit code (2 with one line saying what to set when there is none),
and the choice between a server install (the bot user plus slash commands) and a user install
(`--user-install`: slash commands on the person's own account, usable in any server or DM).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from bot.adapters.discord.runner import invite_url


def invite_command(
    client_id: str | None, *, user_install: bool = False, env: Mapping[str, str] | None = None
) -> int:
    """Print the install link; 2 when no usable application id is given."""
    cid = client_id or (env if env is not None else os.environ).get("DISCORD_CLIENT_ID") or ""
    cid = cid.strip()
    if not cid.isdigit():
        print(
            "bounceback: set DISCORD_CLIENT_ID or pass --client-id (the numeric Application ID "
            "from the Discord developer portal, General Information)",
            file=sys.stderr,
        )
        return 2
    print(invite_url(cid, user_install=user_install))
    return 0
