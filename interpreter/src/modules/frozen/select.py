"""select: waiting for streams to become ready, over the port's poll.

`poll()` objects register targets (an int descriptor, an object with `fileno()`, or a file
`open()` made) with an event mask; `poll()` answers `(target, events)` pairs, the target as
it was registered (an int stays an int, as in CPython; an object stays the object, as in
MicroPython). `ipoll()` is MicroPython's variant with a one-shot flag. `select()` is
CPython's, built on the same wait. The native `_select` checks arguments and waits.

Invariant: `poll._fds` maps a target's key (see `_select.key`) to `(obj, key, mask)`, in
registration order, which is the order results come in.
"""

import _select
from _select import POLLIN, POLLPRI, POLLOUT, POLLERR, POLLHUP, POLLNVAL

error = OSError

# Not in the port's bits but named by programs: the normal-data forms of POLLIN and POLLOUT.
POLLRDNORM = 64
POLLWRNORM = 256


def _key(obj):
    key = _select.key(obj)
    if key is not None:
        return key
    if isinstance(obj, int):
        return key
    try:
        fileno = obj.fileno
    except AttributeError:
        raise TypeError("argument must be an int, or have a fileno() method.") from None
    fd = fileno()
    if not isinstance(fd, int):
        raise TypeError("fileno() returned a non-integer")
    return _select.key(fd)


def _arity(name, args, low, high):
    n = len(args)
    if n < low:
        if low == high:
            raise TypeError("%s expected %d argument%s, got %d" % (name, low, "s" if low != 1 else "", n))
        raise TypeError("%s expected at least %d argument%s, got %d" % (name, low, "s" if low != 1 else "", n))
    if n > high:
        if low == high:
            raise TypeError("%s expected %d argument%s, got %d" % (name, high, "s" if high != 1 else "", n))
        raise TypeError("%s expected at most %d argument%s, got %d" % (name, high, "s" if high != 1 else "", n))


def _no_kw(name, kw):
    if kw:
        raise TypeError("%s() takes no keyword arguments" % name)


class poll:
    """A set of targets to wait on, each with the events it waits for."""

    def __init__(self, *args, **kw):
        if args or kw:
            if kw:
                raise TypeError("select.poll() takes no keyword arguments")
            raise TypeError("select.poll() takes no arguments (%d given)" % len(args))
        self._fds = {}

    def register(self, *args, **kw):
        _no_kw("poll.register", kw)
        _arity("register", args, 1, 2)
        obj = args[0]
        key = _key(obj)
        mask = _select.mask(args[1]) if len(args) > 1 else POLLIN | POLLPRI | POLLOUT
        self._fds[key] = (obj, key, mask)

    def modify(self, *args, **kw):
        _no_kw("poll.modify", kw)
        _arity("modify", args, 2, 2)
        obj = args[0]
        key = _key(obj)
        mask = _select.mask(args[1])
        if key not in self._fds:
            raise FileNotFoundError(2, "No such file or directory")
        self._fds[key] = (obj, key, mask)

    def unregister(self, *args, **kw):
        _no_kw("poll.unregister", kw)
        if len(args) != 1:
            raise TypeError("poll.unregister() takes exactly one argument (%d given)" % len(args))
        key = _key(args[0])
        if key not in self._fds:
            raise KeyError(args[0] if key < 0 else key)
        del self._fds[key]

    def _wait(self, ms):
        entries = list(self._fds.values())
        flat = _select.wait(entries, ms)
        out = []
        for i in range(0, len(flat), 2):
            out.append((entries[flat[i]][0], flat[i + 1]))
        return out

    def poll(self, *args, **kw):
        _no_kw("poll.poll", kw)
        _arity("poll", args, 0, 1)
        return self._wait(_select.poll_ms(args[0] if args else None))

    def ipoll(self, timeout=-1, flags=0):
        ready = self._wait(_select.poll_ms(timeout))
        if flags & 1:
            # One-shot: a target that answered waits for nothing until `modify`.
            for obj, _ in ready:
                key = _key(obj)
                if key in self._fds:
                    self._fds[key] = (obj, key, 0)
        return iter(ready)


def _targets(seq):
    try:
        return list(seq)
    except TypeError:
        raise TypeError("arguments 1-3 must be sequences") from None


def select(*args, **kw):
    """select(rlist, wlist, xlist[, timeout]): the ready subsets of the three lists."""
    _no_kw("select.select", kw)
    _arity("select", args, 3, 4)
    lists = [_targets(args[0]), _targets(args[1]), _targets(args[2])]
    ms = _select.select_ms(args[3] if len(args) > 3 else None)
    wanted = (POLLIN, POLLOUT, POLLPRI)
    entries = []
    for which in range(3):
        for obj in lists[which]:
            entries.append((obj, _key(obj), wanted[which]))
    flat = _select.wait(entries, ms)
    ready = set()
    for i in range(0, len(flat), 2):
        if flat[i + 1] & POLLNVAL:
            raise OSError(9, "Bad file descriptor")
        ready.add(flat[i])
    out = ([], [], [])
    for i in range(len(entries)):
        if i in ready:
            obj, _, mask = entries[i]
            out[wanted.index(mask)].append(obj)
    return out
