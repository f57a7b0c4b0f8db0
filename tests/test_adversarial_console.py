"""The console never dies on what is typed or piped, and a terminal paste is one message.

Undecodable bytes under an ordinary UTF-8 locale are answered calmly, and every line around them
is answered (a crisis line in the same buffer as a bad byte included). In a real pseudo-terminal,
a bracketed paste and lines arriving together are each one message; piped lines stay one each.
"""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

from bot.adapters.console_input import PASTE_END, PASTE_START, PasteJoiner

ROOT = Path(__file__).resolve().parent.parent


def env_for(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BOUNCEBACK_")}
    env.update(XDG_DATA_HOME=str(home), PYTHONPATH=str(ROOT), LC_ALL="C.UTF-8", LANG="C.UTF-8")
    env.pop("PYTHONIOENCODING", None)
    return env


def test_undecodable_bytes_are_answered_and_no_line_is_lost(tmp_path: Path) -> None:
    feed = b"hello\n\xff\xfe\x80 what\n\xc3 I want to kill myself\nmenu\n"
    result = subprocess.run(
        [sys.executable, "-m", "bot", "chat"],
        input=feed,
        capture_output=True,
        env=env_for(tmp_path),
        cwd=ROOT,
        timeout=120,
    )
    out = result.stdout.decode("utf-8")
    assert result.returncode == 0, result.stderr
    assert b"Traceback" not in result.stderr
    assert "I'm a bot" in out  # the first line was answered
    assert out.count("1 is awful, 5 is okay") >= 2  # the bad bytes got a calm re-ask
    assert "Are you safe right now?" in out  # the crisis line beside a bad byte was answered
    assert "What would you like to do?" in out  # and the line after it


def test_the_joiner_keeps_a_bracketed_paste_whole_and_joins_a_burst() -> None:
    joiner = PasteJoiner()
    joiner.feed(f"{PASTE_START}Dear Sam,\nthanks for your time.\nBest, Ana{PASTE_END}\n")
    assert joiner.take() == ["Dear Sam,\nthanks for your time.\nBest, Ana"]
    joiner.feed("first line\nsecond line\n")  # arrived together: a paste without brackets
    assert joiner.take() == ["first line\nsecond line"]
    joiner.feed("menu\n")
    assert joiner.take() == ["menu"]
    joiner.feed(PASTE_START[:3])  # a marker cut in two by a read
    joiner.feed(PASTE_START[3:] + "a\nb" + PASTE_END + "\n")
    assert joiner.take() == ["a\nb"]
    joiner.feed("no newline yet")
    assert joiner.take() == []
    assert joiner.finish() == ["no newline yet"]


def read_until(fd: int, marker: bytes, within: float = 60.0) -> bytes:
    seen = b""
    deadline = time.monotonic() + within
    while marker not in seen:
        left = deadline - time.monotonic()
        assert left > 0, seen.decode("utf-8", "replace")[-2000:]
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    return seen


def test_a_paste_in_a_terminal_is_one_message(tmp_path: Path) -> None:
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "chat"],
        stdin=slave,
        stdout=slave,
        stderr=subprocess.PIPE,
        env=env_for(tmp_path),
        cwd=ROOT,
    )
    os.close(slave)
    try:
        seen = read_until(master, b"you> ")
        assert b"\x1b[?2004h" in seen  # bracketed paste asked for
        os.write(master, b"/draft\n")
        seen += read_until(master, b"you> ")
        draft = b"Hi Sam,\nThanks for letting me know.\nI would welcome any feedback.\n"
        os.write(master, draft)  # three lines at once, as a terminal without brackets pastes
        seen += read_until(master, b"you> ")
        os.write(master, b"\x1b[200~menu\nplease\x1b[201~\n")  # a bracketed paste
        seen += read_until(master, b"you> ")
        os.write(master, b"/quit\n")
        seen += read_until(master, b"\x1b[?2004l")  # bracketed paste switched off at the end
        assert proc.wait(timeout=60) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(master)
        assert proc.stderr is not None
        err = proc.stderr.read()
        proc.stderr.close()
    # one prompt at the start and one after each of three messages: each paste was one message
    assert seen.count(b"you> ") == 4, seen.decode("utf-8", "replace")
    assert b"^[[200~" not in seen and b"^[[201~" not in seen  # the paste markers are not shown
    assert b"Traceback" not in err


def test_piped_lines_stay_one_message_each(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "chat"],
        input=b"hi\n2\n",
        capture_output=True,
        env=env_for(tmp_path),
        cwd=ROOT,
        timeout=120,
    )
    out = result.stdout.decode()
    assert result.returncode == 0, result.stderr
    assert "How far had you got with them?" in out or "heavy place" in out  # "2" was an answer
