"""A small TCP proxy on 127.0.0.1 that a test controls, to break the database's connections.

`TcpProxy(host, port)` listens on a free loopback port and forwards each connection to the
target. The test can then:
- `cut()`: drop every open connection at once (both ends see the socket close) and refuse new
  ones (accepted, then closed at once) until `restore()`;
- `stall()`: keep connections open but stop forwarding bytes (a query in progress just hangs),
  until `flow()` or `cut()`;
- await `wait_for(lambda: ...)` on its counters (`opened`, `live`, `held`), never sleeping blind.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable


class TcpProxy:
    """See the module docstring. Use as `async with TcpProxy(host, port) as proxy:`."""

    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.port = 0
        self.opened = 0
        """Connections forwarded to the target so far."""
        self.refused = 0
        """Connections closed at once while cut."""
        self.held = 0
        """Chunks of bytes held back while stalled."""
        self._down = False
        self._flowing = asyncio.Event()
        self._flowing.set()
        self._writers: set[asyncio.StreamWriter] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._server: asyncio.Server | None = None
        self._changed = asyncio.Condition()

    async def __aenter__(self) -> TcpProxy:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @property
    def live(self) -> int:
        """Open client connections."""
        return len(self._writers) // 2

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
        self._drop_all()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._server is not None:
            await self._server.wait_closed()
            self._server = None

    def url_for(self, url: str) -> str:
        """`url` (a SQLAlchemy URL to the target) with its host and port swapped for ours."""
        from sqlalchemy.engine import make_url

        return (
            make_url(url)
            .set(host="127.0.0.1", port=self.port)
            .render_as_string(hide_password=False)
        )

    # ----- control ---------------------------------------------------------------------------

    async def cut(self) -> None:
        """Drop every connection and refuse new ones until `restore()`."""
        self._down = True
        self._drop_all()
        self._flowing.set()  # stalled pumps wake up and find their sockets closed
        await self._poke()

    async def restore(self) -> None:
        self._down = False
        self._flowing.set()
        await self._poke()

    async def stall(self) -> None:
        """Stop forwarding bytes (connections stay open)."""
        self._flowing.clear()
        await self._poke()

    async def flow(self) -> None:
        self._flowing.set()
        await self._poke()

    async def wait_for(self, check: Callable[[], bool], within: float = 10.0) -> None:
        async def until() -> None:
            async with self._changed:
                await self._changed.wait_for(check)

        try:
            await asyncio.wait_for(until(), within)
        except TimeoutError:
            raise AssertionError(
                f"proxy condition not met in {within}s (opened={self.opened}, live={self.live}, "
                f"held={self.held}, refused={self.refused})"
            ) from None

    # ----- forwarding ------------------------------------------------------------------------

    async def _poke(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    def _drop_all(self) -> None:
        for writer in list(self._writers):
            transport = writer.transport
            with contextlib.suppress(Exception):
                transport.abort()
        self._writers.clear()

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if self._down:
            self.refused += 1
            writer.transport.abort()
            await self._poke()
            return
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.target)
        except OSError:
            self.refused += 1
            writer.transport.abort()
            await self._poke()
            return
        self.opened += 1
        self._writers.update((writer, up_writer))
        await self._poke()
        pumps = [
            asyncio.create_task(self._pump(reader, up_writer)),
            asyncio.create_task(self._pump(up_reader, writer)),
        ]
        self._tasks.update(pumps)
        try:
            await asyncio.wait(pumps, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for pump in pumps:
                pump.cancel()
            for w in (writer, up_writer):
                self._writers.discard(w)
                w.transport.abort()
            self._tasks.difference_update(pumps)
            await self._poke()

    async def _pump(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(OSError, asyncio.IncompleteReadError):
            while True:
                chunk = await reader.read(65536)
                if not chunk:
                    return
                if not self._flowing.is_set():
                    self.held += 1
                    await self._poke()
                    await self._flowing.wait()
                if writer.transport.is_closing():
                    return
                writer.write(chunk)
                await writer.drain()
