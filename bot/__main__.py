"""`python -m bot` is the `bounceback` command."""

import sys

from bot.cli import main

sys.exit(main())
