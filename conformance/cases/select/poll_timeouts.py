# poll.poll timeout forms: None, ints, floats (milliseconds), bad types and values
import select

p = select.poll()
p.register(1, select.POLLOUT)


def t(*a, **k):
    try:
        print(repr(p.poll(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


t()
t(None)
t(0)
t(5)
t(0.5)
t(-1)
t(-5.5)
t("x")
t(b"1")
t(float("nan"))
t(1e30)
t(2**70)
t(1, 2)
t(timeout=0)
empty = select.poll()
print(empty.poll(0), empty.poll(1), empty.poll(0.5))
