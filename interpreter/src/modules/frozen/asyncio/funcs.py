"""asyncio.funcs: running awaitables together (`gather`, `wait`, `shield`) and against a
clock (`wait_for`, `wait_for_ms`).

`gather`'s future lists results in argument order whatever order they finish in; without
`return_exceptions` the first failure is its result at once and the other awaitables keep
running. `wait_for` cancels the inner awaitable at the deadline, waits for it to finish
cancelling, and raises `TimeoutError` (the builtin, which is `asyncio.TimeoutError`).
"""

from .core import (
    CancelledError,
    Future,
    ensure_future,
    get_event_loop,
    get_running_loop,
    _describe,
)

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


class _GatheringFuture(Future):
    """The future of a `gather`: cancelling it cancels its children."""

    def __init__(self, children, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        any_cancelled = False
        for child in self._children:
            if child.cancel(msg=msg):
                any_cancelled = True
        if any_cancelled:
            self._cancel_requested = True
        return any_cancelled


def gather(*aws, return_exceptions=False):
    """A future of the results of `aws`, in their order."""
    if not aws:
        loop = get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer
    children = []
    by_arg = {}
    loop = None
    for aw in aws:
        key = id(aw)
        if key in by_arg:
            children.append(by_arg[key])
            continue
        fut = ensure_future(aw, loop=loop)
        if loop is None:
            loop = fut.get_loop()
        by_arg[key] = fut
        children.append(fut)
    outer = _GatheringFuture(children, loop)
    unique = []
    for child in children:
        if child not in unique:
            unique.append(child)
    state = [0]

    def child_done(fut):
        state[0] += 1
        if outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state[0] == len(unique):
            results = []
            for child in children:
                if child.cancelled():
                    results.append(child._cancelled_error())
                else:
                    exc = child.exception()
                    results.append(child.result() if exc is None else exc)
            if outer._cancel_requested:
                outer.set_exception(fut._cancelled_error())
            else:
                outer.set_result(results)

    for child in unique:
        child.add_done_callback(child_done)
    return outer


def _release(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    waiter = fut.get_loop().create_future()

    def done(_):
        _release(waiter)

    fut.add_done_callback(done)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(done)


async def wait_for(aw, timeout):
    """The result of `aw`, or `TimeoutError` after `timeout` seconds (None: no limit)."""
    loop = get_running_loop()
    if timeout is None:
        return await aw
    if timeout <= 0:
        fut = ensure_future(aw, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timer = loop.call_later(timeout, _release, waiter)
    fut = ensure_future(aw, loop=loop)

    def inner_done(_):
        _release(waiter)

    fut.add_done_callback(inner_done)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(inner_done)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(inner_done)
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timer.cancel()


async def wait_for_ms(aw, timeout):
    """`wait_for` with the timeout in milliseconds (MicroPython)."""
    return await wait_for(aw, timeout / 1000)


def shield(arg):
    """A future of `arg`'s result that cancelling does not pass on to `arg`."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures or tasks `fs`: the sets `(done, pending)`."""
    if isinstance(fs, Future) or hasattr(fs, "send"):
        raise TypeError("expect a list of futures, not %s" % type(fs).__name__)
    fs = set(fs)
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError("Invalid return_when value: %s" % return_when)
    for f in fs:
        if hasattr(f, "send"):
            raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = get_running_loop()
    fs = set(ensure_future(f, loop=loop) for f in fs)
    waiter = loop.create_future()
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _release, waiter)
    left = [len(fs)]

    def one_done(f):
        left[0] -= 1
        if (
            left[0] <= 0
            or return_when == FIRST_COMPLETED
            or (return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None)
        ):
            if timer is not None:
                timer.cancel()
            _release(waiter)

    for f in fs:
        f.add_done_callback(one_done)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(one_done)
    done = set(f for f in fs if f.done())
    return done, fs - done
