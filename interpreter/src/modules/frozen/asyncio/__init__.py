"""asyncio: coroutines run together on an event loop (upy's own, for a small heap).

MicroPython's subset with CPython's behaviour where the names overlap: `run`,
`create_task`, `sleep`/`sleep_ms`, `gather`, `wait_for`/`wait_for_ms`, `wait`, `shield`,
the locks and queues, futures and tasks, the loop's methods, and MicroPython's streams.
The parts live in `asyncio.core` (loop, futures, tasks), `asyncio.funcs`,
`asyncio.locks`, `asyncio.queues` and `asyncio.streams`.
"""

from .core import (
    CancelledError,
    InvalidStateError,
    TimeoutError,
    Future,
    Task,
    Handle,
    TimerHandle,
    EventLoop,
    run,
    sleep,
    sleep_ms,
    create_task,
    ensure_future,
    current_task,
    all_tasks,
    get_event_loop,
    get_running_loop,
    set_event_loop,
    new_event_loop,
    isfuture,
    iscoroutine,
)
from .funcs import (
    gather,
    wait_for,
    wait_for_ms,
    wait,
    shield,
    FIRST_COMPLETED,
    FIRST_EXCEPTION,
    ALL_COMPLETED,
)
from .locks import Event, Lock, Semaphore, BoundedSemaphore, Condition, ThreadSafeFlag
from .queues import Queue, PriorityQueue, LifoQueue, QueueEmpty, QueueFull
from .streams import Stream, StreamReader, StreamWriter, IncompleteReadError
