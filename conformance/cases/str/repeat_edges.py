# str * int with zero, negative, bool and __index__ counts; non-int counts raise TypeError.
print(repr("ab" * 0), repr("ab" * -1), repr("ab" * -100), repr("" * 1000))
print("ab" * 1, "ab" * 3, 3 * "ab", "x" * True, repr("x" * False))
s = "-="
s *= 4
print(s)
class N:
    def __index__(self):
        return 2
print("ab" * N(), N() * "cd")
for bad in [lambda: "a" * 2.0, lambda: "a" * "b", lambda: "a" * None, lambda: [1] * "a",
            lambda: "a" * [2], lambda: 1.5 * "a"]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(len("abc" * 1000), ("abc" * 1000)[-4:])
