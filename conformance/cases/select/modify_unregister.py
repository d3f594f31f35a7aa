# poll.modify and poll.unregister: unknown targets, argument counts, re-registration
import select

p = select.poll()


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


t(p.unregister, 7)
t(p.modify, 7, select.POLLOUT)
t(p.modify, 1)
t(p.modify, 1, "x")
t(p.unregister)
t(p.unregister, "x")
t(p.register, 1, select.POLLOUT)
t(p.register, 1, select.POLLOUT)
t(p.poll, 0)
t(p.modify, 1, 0)
t(p.poll, 0)
t(p.modify, 1, select.POLLOUT)
t(p.poll, 0)
t(p.unregister, 1)
t(p.unregister, 1)
t(p.poll, 0)
