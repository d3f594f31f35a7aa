"""asyncio.queues: `Queue` (FIFO), `LifoQueue` and `PriorityQueue`, with CPython's API.

`put` waits while the queue is full, `get` while it is empty; each wakes the first task
waiting on the other side. `task_done`/`join` count unfinished items: `join` returns once
every item put has been marked done.
"""

from collections import deque
from heapq import heappush, heappop

from .core import get_running_loop
from .locks import Event


class QueueEmpty(Exception):
    """Raised by `get_nowait` on an empty queue."""


class QueueFull(Exception):
    """Raised by `put_nowait` on a full queue."""


class Queue:
    """A first-in, first-out queue for tasks, bounded by `maxsize` (0: unbounded)."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = deque()
        self._putters = deque()
        self._unfinished = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def __repr__(self):
        return "<%s maxsize=%r>" % (type(self).__name__, self._maxsize)

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    @staticmethod
    def _wake_next(waiters):
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    async def _wait(self, waiters, blocked):
        while blocked():
            fut = get_running_loop().create_future()
            waiters.append(fut)
            try:
                await fut
            except:
                fut.cancel()
                try:
                    waiters.remove(fut)
                except ValueError:
                    pass
                if not blocked() and not fut.cancelled():
                    self._wake_next(waiters)
                raise

    async def put(self, item):
        await self._wait(self._putters, self.full)
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished += 1
        self._finished.clear()
        self._wake_next(self._getters)

    async def get(self):
        await self._wait(self._getters, self.empty)
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wake_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished -= 1
        if self._unfinished == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    """A queue that gives the smallest item first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heappush(self._queue, item)

    def _get(self):
        return heappop(self._queue)


class LifoQueue(Queue):
    """A queue that gives the last item put first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
