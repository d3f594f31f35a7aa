# poll.register and select accept objects with fileno(), checking what it returns
import select


class Good:
    def fileno(self):
        return 1


class Text:
    def fileno(self):
        return "a"


class Negative:
    def fileno(self):
        return -4


class Raising:
    def fileno(self):
        raise RuntimeError("no number")


p = select.poll()
for obj in (Good(), Text(), Negative(), Raising(), object()):
    try:
        p.register(obj, select.POLLOUT)
        print(type(obj).__name__, "registered")
    except Exception as e:
        print(type(obj).__name__, type(e).__name__, e)
try:
    print(select.select([], [Text()], [], 0))
except Exception as e:
    print(type(e).__name__, e)
g = Good()
r, w, x = select.select([], [g], [], 0)
print(w == [g], w[0] is g, r, x)
