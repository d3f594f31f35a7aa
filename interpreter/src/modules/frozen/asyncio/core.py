"""asyncio.core: futures, tasks and the event loop.

The loop keeps a FIFO of ready handles, a heap of timers (due times in `time.ticks_ms`,
ordered with `ticks_diff`, ties by scheduling order) and the streams tasks wait on. One
iteration runs exactly the handles that were ready when it began, so a `sleep(0)` gives up
the processor for one round and callbacks run in the order they were scheduled, as in
CPython. When nothing is ready the loop waits in `select.poll` (in the port, interruptibly)
until a stream is ready or the first timer is due.

A task drives its coroutine one step per handle: the coroutine yields the future it waits
on (or None for a bare round), and the future's completion schedules the next step.
Cancellation is delivered as `CancelledError` thrown in at the awaited point.

Invariant: a future's callbacks run through the loop (never inside `set_result`), once each.
"""

import sys
from time import ticks_ms, ticks_diff, ticks_add, monotonic
from heapq import heappush, heappop
from collections import deque
import select as _select

_PENDING = 0
_RESULT = 1
_EXCEPTION = 2
_CANCELLED = 3


class CancelledError(BaseException):
    """The operation was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


TimeoutError = TimeoutError

_running_loop = None
_current_loop = None
# Whether `set_event_loop` was called: then `get_event_loop` makes no loop of its own.
_loop_was_set = False
_task_count = 0


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError("no running event loop")
    return _running_loop


def _get_running_loop():
    return _running_loop


def get_event_loop():
    global _current_loop
    if _running_loop is not None:
        return _running_loop
    if _current_loop is None:
        if _loop_was_set:
            raise RuntimeError("There is no current event loop in thread 'MainThread'.")
        _current_loop = new_event_loop()
    return _current_loop


def set_event_loop(loop):
    global _current_loop, _loop_was_set
    if loop is not None and not isinstance(loop, EventLoop):
        raise TypeError(
            "loop must be an instance of AbstractEventLoop or None, not '%s'"
            % type(loop).__name__
        )
    _loop_was_set = True
    _current_loop = loop


def new_event_loop():
    return EventLoop()


def _describe(value):
    try:
        return repr(value)
    except Exception:
        return "<unprintable>"


class Future:
    """A result that will be set later; awaiting it waits for that."""

    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = get_event_loop() if loop is None else loop
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None
        # Whether a set exception has not been looked at (reported at the end of `run`).
        self._unretrieved = False

    def __repr__(self):
        return "<%s %s>" % (type(self).__name__, self._state_text())

    def _state_text(self):
        if self._state == _PENDING:
            return "pending"
        if self._state == _CANCELLED:
            return "cancelled"
        if self._state == _EXCEPTION:
            return "finished exception=%s" % _describe(self._exception)
        return "finished result=%s" % _describe(self._result)

    def get_loop(self):
        return self._loop

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def _cancelled_error(self):
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def result(self):
        if self._state == _CANCELLED:
            raise self._cancelled_error()
        if self._state == _PENDING:
            raise InvalidStateError("Result is not set.")
        self._unretrieved = False
        if self._state == _EXCEPTION:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._cancelled_error()
        if self._state == _PENDING:
            raise InvalidStateError("Exception is not set.")
        self._unretrieved = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        kept = [cb for cb in self._callbacks if cb != fn]
        removed = len(self._callbacks) - len(kept)
        self._callbacks[:] = kept
        return removed

    def _finish(self, state):
        self._state = state
        callbacks = self._callbacks
        self._callbacks = []
        for fn in callbacks:
            self._loop.call_soon(fn, self)

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError("invalid state")
        self._result = result
        self._finish(_RESULT)

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError("invalid state")
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError(
                "StopIteration interacts badly with generators and cannot be raised into a Future"
            )
        self._exception = exception
        self._unretrieved = True
        self._loop._unretrieved.append(self)
        self._finish(_EXCEPTION)

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._cancel_message = msg
        self._finish(_CANCELLED)
        return True

    def __await__(self):
        if self._state == _PENDING:
            self._asyncio_future_blocking = True
            yield self
        if self._state == _PENDING:
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def isfuture(obj):
    return getattr(type(obj), "_asyncio_future_blocking", None) is not None and hasattr(
        obj, "add_done_callback"
    )


def iscoroutine(obj):
    return type(obj).__name__ == "coroutine" or (
        hasattr(obj, "send") and hasattr(obj, "throw") and hasattr(obj, "close")
    )


class Task(Future):
    """A coroutine run by the loop, itself a future of the coroutine's result."""

    def __init__(self, coro, *, loop=None, name=None):
        global _task_count
        if not iscoroutine(coro):
            raise TypeError("a coroutine was expected, got %s" % _describe(coro))
        super().__init__(loop=loop)
        _task_count += 1
        self._name = "Task-%d" % _task_count if name is None else str(name)
        self._coro = coro
        self._waiting_on = None
        self._must_cancel = False
        self._cancel_requests = 0
        self._loop._tasks.append(self)
        self._loop.call_soon(self._step)

    def __repr__(self):
        return "<Task %s name=%r coro=%s>" % (self._state_text(), self._name, _describe(self._coro))

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_stack(self, *, limit=None):
        return []

    def set_result(self, result):
        raise RuntimeError("Task does not support set_result operation")

    def set_exception(self, exception):
        raise RuntimeError("Task does not support set_exception operation")

    def cancelling(self):
        return self._cancel_requests

    def uncancel(self):
        if self._cancel_requests > 0:
            self._cancel_requests -= 1
        return self._cancel_requests

    def cancel(self, msg=None):
        if self.done():
            return False
        self._cancel_requests += 1
        waiting = self._waiting_on
        if waiting is not None and waiting.cancel(msg=msg):
            # The waited future's callback throws CancelledError in.
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def _end(self, state, value):
        if state == _RESULT:
            Future.set_result(self, value)
        elif state == _EXCEPTION:
            Future.set_exception(self, value)
        else:
            Future.cancel(self, msg=value)
        tasks = self._loop._tasks
        if self in tasks:
            tasks.remove(self)

    def _step(self, exc=None):
        if self.done():
            return
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._cancelled_error()
            self._must_cancel = False
        loop = self._loop
        self._waiting_on = None
        previous = loop._current_task
        loop._current_task = self
        try:
            if exc is None:
                yielded = self._coro.send(None)
            else:
                yielded = self._coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                self._must_cancel = False
                self._end(_CANCELLED, self._cancel_message)
            else:
                self._end(_RESULT, stop.value)
        except CancelledError as cancelled:
            self._end(_CANCELLED, cancelled.args[0] if cancelled.args else None)
        except (KeyboardInterrupt, SystemExit) as fatal:
            self._end(_EXCEPTION, fatal)
            raise
        except BaseException as error:
            self._end(_EXCEPTION, error)
        else:
            self._wait_on(yielded)
        finally:
            loop._current_task = previous

    def _wait_on(self, yielded):
        loop = self._loop
        if yielded is None:
            loop.call_soon(self._step)
        elif getattr(yielded, "_asyncio_future_blocking", None) is not None:
            if yielded is self:
                loop.call_soon(
                    self._step, RuntimeError("Task cannot await on itself: %r" % self)
                )
                return
            yielded._asyncio_future_blocking = False
            yielded.add_done_callback(self._wakeup)
            self._waiting_on = yielded
            if self._must_cancel and yielded.cancel(msg=self._cancel_message):
                self._must_cancel = False
        else:
            loop.call_soon(self._step, RuntimeError("Task got bad yield: %s" % _describe(yielded)))

    def _wakeup(self, fut):
        try:
            fut.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return loop._current_task


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return set(t for t in loop._tasks if not t.done())


def create_task(coro, *, name=None, context=None):
    if _running_loop is None:
        if hasattr(coro, "close"):
            coro.close()
        raise RuntimeError("no running event loop")
    return _running_loop.create_task(coro, name=name)


def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        return coro_or_future
    if iscoroutine(coro_or_future):
        if loop is None:
            loop = get_event_loop()
        return loop.create_task(coro_or_future)
    if hasattr(coro_or_future, "__await__"):
        return ensure_future(_wrap_awaitable(coro_or_future), loop=loop)
    raise TypeError(
        "An asyncio.Future, a coroutine or an awaitable is required"
    )


async def _wrap_awaitable(awaitable):
    return await awaitable


class Handle:
    """A callback with its arguments, scheduled on a loop."""

    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False

    def __repr__(self):
        state = " cancelled" if self._cancelled else ""
        return "<%s%s>" % (type(self).__name__, state)

    def cancel(self):
        self._cancelled = True
        self._callback = None
        self._args = None

    def cancelled(self):
        return self._cancelled

    def get_context(self):
        return None

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler(
                {
                    "message": "Exception in callback %s" % _describe(self._callback),
                    "exception": exc,
                    "handle": self,
                }
            )


class TimerHandle(Handle):
    """A callback due at a tick count; orders by due time, then by scheduling order."""

    def __init__(self, due, seq, callback, args, loop):
        super().__init__(callback, args, loop)
        self._due = due
        self._seq = seq

    def __lt__(self, other):
        d = ticks_diff(self._due, other._due)
        return d < 0 or (d == 0 and self._seq < other._seq)

    def when(self):
        return self._loop.time() + ticks_diff(self._due, ticks_ms()) / 1000


def _delay_ms(delay):
    if delay != delay:
        raise ValueError("Invalid value NaN (not a number)")
    if delay <= 0:
        return 0
    ms = delay * 1000
    whole = int(ms)
    return whole + (1 if whole < ms else 0)


class EventLoop:
    """The loop: ready callbacks, timers and stream waits."""

    def __init__(self):
        self._ready = deque()
        self._timers = []
        self._seq = 0
        self._stopping = False
        self._closed = False
        self._running = False
        self._current_task = None
        self._tasks = []
        self._unretrieved = []
        self._exception_handler = None
        self._poller = _select.poll()
        # Stream waits: obj -> [reader future or None, writer future or None].
        self._io = {}

    def __repr__(self):
        return "<EventLoop running=%s closed=%s>" % (self._running, self._closed)

    def time(self):
        return monotonic()

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def _check_closed(self):
        if self._closed:
            raise RuntimeError("Event loop is closed")

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        return Task(coro, loop=self, name=name)

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        if not callable(callback):
            raise TypeError("a callable object was expected by call_soon(), got %s" % _describe(callback))
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        self._check_closed()
        if delay is None:
            raise TypeError("delay must not be None")
        self._seq += 1
        timer = TimerHandle(ticks_add(ticks_ms(), _delay_ms(delay)), self._seq, callback, args, self)
        heappush(self._timers, timer)
        return timer

    def call_at(self, when, callback, *args, context=None):
        return self.call_later(when - self.time(), callback, *args)

    def stop(self):
        self._stopping = True

    def close(self):
        global _current_loop
        if self._running:
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._timers.clear()
        self._io.clear()

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError("A callable object or None is expected, got %s" % _describe(handler))
        self._exception_handler = handler

    def default_exception_handler(self, context):
        message = context.get("message") or "Unhandled exception in event loop"
        out = sys.stderr
        print(message, file=out)
        for key in ("future", "task", "handle"):
            if key in context:
                print("%s: %s" % (key, _describe(context[key])), file=out)
        exc = context.get("exception")
        if exc is not None:
            sys.print_exception(exc, out)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            self._exception_handler(self, context)

    def run_forever(self):
        global _running_loop
        self._check_closed()
        if self._running:
            raise RuntimeError("This event loop is already running")
        if _running_loop is not None:
            raise RuntimeError("Cannot run the event loop while another loop is running")
        self._running = True
        _running_loop = self
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _running_loop = None

    def run_until_complete(self, future):
        self._check_closed()
        if self._running:
            raise RuntimeError("This event loop is already running")
        fut = ensure_future(future, loop=self)

        def stop(_):
            self.stop()

        fut.add_done_callback(stop)
        try:
            self.run_forever()
        finally:
            fut.remove_done_callback(stop)
        if not fut.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return fut.result()

    def _wait_io(self, obj, writing):
        """A future done when `obj` is ready to read (or write)."""
        fut = self.create_future()
        waits = self._io.get(obj)
        if waits is None:
            waits = self._io[obj] = [None, None]
        slot = 1 if writing else 0
        if waits[slot] is not None and not waits[slot].done():
            raise RuntimeError("a task already waits to %s this stream" % ("write" if writing else "read"))
        waits[slot] = fut
        self._poller.register(obj, self._mask(waits))
        return fut

    @staticmethod
    def _mask(waits):
        mask = 0
        if waits[0] is not None:
            mask |= _select.POLLIN
        if waits[1] is not None:
            mask |= _select.POLLOUT
        return mask

    def _poll_io(self, ms):
        ready = self._poller.ipoll(ms)
        for obj, events in ready:
            waits = self._io.get(obj)
            if waits is None:
                continue
            if events & ~_select.POLLOUT and waits[0] is not None:
                if not waits[0].done():
                    waits[0].set_result(None)
                waits[0] = None
            if events & ~_select.POLLIN and waits[1] is not None:
                if not waits[1].done():
                    waits[1].set_result(None)
                waits[1] = None
            self._update_io(obj, waits)

    def _update_io(self, obj, waits):
        for i in (0, 1):
            if waits[i] is not None and waits[i].done():
                waits[i] = None
        if waits[0] is None and waits[1] is None:
            del self._io[obj]
            self._poller.unregister(obj)
        else:
            self._poller.modify(obj, self._mask(waits))

    def _run_once(self):
        timers = self._timers
        while timers and timers[0]._cancelled:
            heappop(timers)
        # Forget waits whose futures were cancelled (their tasks moved on).
        for obj in [o for o, w in self._io.items() if (w[0] is None or w[0].done()) and (w[1] is None or w[1].done())]:
            self._update_io(obj, self._io[obj])
        if self._ready or self._stopping:
            ms = 0
        elif timers:
            ms = max(0, ticks_diff(timers[0]._due, ticks_ms()))
        else:
            ms = -1
        if ms != 0 or self._io:
            self._poll_io(ms)
        now = ticks_ms()
        while timers and ticks_diff(timers[0]._due, now) <= 0:
            timer = heappop(timers)
            if not timer._cancelled:
                self._ready.append(timer)
        for _ in range(len(self._ready)):
            handle = self._ready.popleft()
            if not handle._cancelled:
                handle._run()

    def _report_unretrieved(self):
        pending = self._unretrieved
        self._unretrieved = []
        for fut in pending:
            if fut._unretrieved:
                fut._unretrieved = False
                kind = "Task" if isinstance(fut, Task) else "Future"
                self.call_exception_handler(
                    {
                        "message": "%s exception was never retrieved" % kind,
                        "exception": fut._exception,
                        "future": fut,
                    }
                )

    def shutdown_asyncgens(self):
        return _done_coro()

    def shutdown_default_executor(self):
        return _done_coro()


async def _done_coro():
    return None


def _cancel_all(loop):
    tasks = [t for t in loop._tasks if not t.done()]
    if not tasks:
        return
    for task in tasks:
        task.cancel()
    from .funcs import gather

    loop.run_until_complete(gather(*tasks, return_exceptions=True))
    for task in tasks:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler(
                {
                    "message": "unhandled exception during asyncio.run() shutdown",
                    "exception": task.exception(),
                    "task": task,
                }
            )


def run(main, *, debug=None):
    """Runs coroutine `main` on a new loop, then cancels what is left and closes it."""
    if _running_loop is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not iscoroutine(main):
        raise ValueError("a coroutine was expected, got %s" % _describe(main))
    loop = new_event_loop()
    try:
        set_event_loop(loop)
        return loop.run_until_complete(main)
    finally:
        try:
            _cancel_all(loop)
            loop._report_unretrieved()
        finally:
            set_event_loop(None)
            loop.close()


class _Round:
    """Awaiting it gives up the processor for one round of the loop."""

    def __await__(self):
        yield

    __iter__ = __await__


_round = _Round()


def _set_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


async def sleep(delay, result=None):
    """Waits `delay` seconds (one round of the loop for 0 or less); returns `result`."""
    if delay <= 0:
        await _round
        return result
    loop = get_running_loop()
    fut = loop.create_future()
    timer = loop.call_later(delay, _set_unless_cancelled, fut, result)
    try:
        return await fut
    finally:
        timer.cancel()


async def sleep_ms(ms, result=None):
    """Waits `ms` milliseconds (MicroPython)."""
    return await sleep(ms / 1000, result)
