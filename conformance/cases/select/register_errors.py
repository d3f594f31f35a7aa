# poll.register rejects bad targets and masks with CPython's exception types and messages
import select

p = select.poll()


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


t(p.register, -1)
t(p.register, 2**40)
t(p.register, 2**70)
t(p.register, 1.5)
t(p.register, "x")
t(p.register, None)
t(p.register, 1, "x")
t(p.register, 1, 1.0)
t(p.register, 1, -1)
t(p.register, 1, 70000)
t(p.register, 1, 2**40)
t(p.register, 1, 65535)
t(p.register, True)
t(p.register)
t(p.register, 1, 2, 3)
t(p.register, 1, eventmask=4)
