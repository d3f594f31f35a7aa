# select.select: ready subsets in argument order, argument and timeout checks
import select


def t(*a, **k):
    try:
        print(repr(select.select(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


t([], [1], [], 0)
t((), (1, 2), (), 0)
t([], [1, 1], [], 0.0)
t(1, [], [])
t([], 2, [])
t([], [], [], "x")
t([], [], [], -1)
t([], [], [], float("nan"))
t([], [], [], 1e20)
t([1.5], [], [], 0)
t()
t([], [])
t([], [], [], 0, 1)
t([], [], [], timeout=0)
t([], [], [], 0)
t([], [], [], 0.001)
