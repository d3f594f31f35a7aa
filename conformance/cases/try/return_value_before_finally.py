# The return expression is evaluated before finally runs; later mutation is visible, rebinding is not.
def f():
    x = 1
    try:
        return x
    finally:
        x = 100
        print("finally set x to", x)
print(f())
def g():
    items = ["a"]
    try:
        return items
    finally:
        items.append("b")
print(g())
def h():
    log = []
    def note(s):
        log.append(s)
        return s
    try:
        return note("return expr")
    finally:
        note("finally")
        print(log)
print(h())
def k(n):
    try:
        if n:
            return "early"
    finally:
        print("finally for", n)
    return "late"
print(k(True), k(False))
