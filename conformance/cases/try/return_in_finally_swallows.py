# A return inside finally discards a pending exception and overrides an earlier return value.
def f1():
    try:
        raise ValueError("lost")
    finally:
        return "from finally"
def f2():
    try:
        return "from try"
    finally:
        return "finally wins"
def f3():
    try:
        raise KeyError("k")
    except KeyError:
        raise TypeError("raised in handler")
    finally:
        return "handler exception discarded"
def f4(n):
    try:
        return n * 2
    finally:
        if n > 5:
            return -1
print(f1())
print(f2())
print(f3())
print(f4(2), f4(10))
def f5():
    for i in range(3):
        try:
            return i
        finally:
            print("finally sees", i)
print(f5())
