"""Group commit: many concurrent small writes share one database transaction.

When hundreds of check-ins fall due at once, claiming each in its own transaction spends most of
the time opening connections and committing. A `Batcher` queues the requests that arrive while
one transaction runs and sends them together in the next, so each caller still awaits its own
answer (did *my* claim win?) while the database sees a few transactions instead of thousands.
With a trickle of requests each batch holds one item and nothing waits.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")


class Batcher(Generic[T, R]):
    """`await submit(item)` returns `run(batch)[i]` for the batch the item ended up in."""

    def __init__(self, run: Callable[[list[T]], Awaitable[Sequence[R]]], max_batch: int = 200):
        self._run = run
        self._max = max_batch
        self._queue: list[tuple[T, asyncio.Future[R]]] = []
        self._worker: asyncio.Task[None] | None = None

    async def submit(self, item: T) -> R:
        future: asyncio.Future[R] = asyncio.get_running_loop().create_future()
        self._queue.append((item, future))
        if self._worker is None or self._worker.done():
            self._worker = asyncio.create_task(self._drain())
        return await future

    async def _drain(self) -> None:
        while self._queue:
            await asyncio.sleep(0)  # let requests made in the same instant join this batch
            batch, self._queue = self._queue[: self._max], self._queue[self._max :]
            try:
                results = await self._run([item for item, _ in batch])
            except BaseException as exc:  # every waiter hears about the failure
                for _, future in batch:
                    if not future.done():
                        future.set_exception(exc)
                if not isinstance(exc, Exception):
                    raise
                continue
            for (_, future), result in zip(batch, results, strict=True):
                if not future.done():
                    future.set_result(result)
