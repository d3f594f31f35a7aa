# An exception raised in finally replaces the pending one and chains it as __context__.
def f():
    try:
        raise ValueError("pending")
    finally:
        raise KeyError("from finally")
try:
    f()
except KeyError as e:
    print(type(e).__name__, e)
    print(repr(e.__context__))
except ValueError:
    print("wrong")
def g():
    try:
        return 1
    finally:
        raise IndexError("return discarded")
try:
    print(g())
except IndexError as e:
    print(type(e).__name__, e, e.__context__)
def h():
    try:
        pass
    finally:
        1 // 0
try:
    h()
except ZeroDivisionError as e:
    print(type(e).__name__, e, e.__context__)
