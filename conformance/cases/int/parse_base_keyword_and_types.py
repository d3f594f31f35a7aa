# int() constructor argument handling: base keyword, non-string with base, bool and int subclasses.
# requires: float, bigint
print(int(), int(0), int(-0), int("10", base=2))
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: int(10, 2))
show(lambda: int(10.5, 10))
show(lambda: int(base=2))
show(lambda: int("10", 2, 3))
show(lambda: int("10", base=2.0))
show(lambda: int("10", "2"))
show(lambda: int("1", 37))
show(lambda: int("1", -1))
show(lambda: int("1", 1))
show(lambda: int(True))
show(lambda: int(False))
show(lambda: int(3.99))
show(lambda: int(-3.99))
show(lambda: int(-0.0))
show(lambda: int(1e20))
show(lambda: int("  0x1A  ", 16))
show(lambda: int("0x1A", base=0))
show(lambda: type(int("5")).__name__)
class S(str):
    pass
show(lambda: int(S("15"), 8))
show(lambda: int([]))
