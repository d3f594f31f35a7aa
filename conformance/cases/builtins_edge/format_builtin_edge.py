# format() with empty and unusual specs on ints, strs, bools and None, custom __format__, and its error messages.
print(repr(format(42)), repr(format(42, "")), format(-42, "+"), format(42, "08b"), format(255, "#X"))
print(format(1234567, ","), format(1234567, "_"), format(-1234567, "_x"), format(0, "#o"), format(5, "^7"))
print(repr(format("abc", "")), format("abc", ">6"), format("abc", "*<6"), format("abcdef", ".2"), format("x", "^4"))
print(format(True), format(True, "d"), format(False, ">5"), format(None), format(None, ""), format(True, "^6"))
print(format(-0, "+d"), format(2 ** 64, ","), format(7, "c"), format(10, "n"), format(-5, "=+6"))
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec == "F":
            return f"{self.c * 9 // 5 + 32}F"
        return f"{self.c}C" if not spec else format(self.c, spec) + "C"
    def __str__(self):
        return "Temp!"
t = Temp(100)
print(format(t), format(t, "F"), format(t, ">6"), f"{t}|{t:F}|{t!s}|{t!r:.5}")
class BadFormat:
    def __format__(self, spec):
        return 42
cases = [(123, "q"), (123, "s"), ("abc", "d"), ("abc", "+"), (None, "d"), (None, "x"), (True, "s"),
         (object(), "x"), (BadFormat(), ""), (5, "=^5s"), (3, ",b"), ("s", ","), (1, "10000000000000000000000d")]
for value, spec in cases:
    try:
        print(repr(format(value, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
for call in [lambda: format(), lambda: format(1, "", ""), lambda: format(1, 2), lambda: format(value=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
