# `in`, count and index on tuples use identity first and then ==.
# requires: float
nan = float("nan")
t = (nan, 1, "a", (2, 3), [4])
print(nan in t, float("nan") in t, 1.0 in t, True in t, (2, 3) in t, [4] in t, 4 in t)
print(t.count(nan), t.count(float("nan")), t.index((2, 3)), t.index([4]))
print((nan,) == (nan,), (float("nan"),) == (float("nan"),), t == t, (nan, 1) < (nan, 2))
class Eq:
    def __eq__(self, other):
        print("eq called with", other)
        return other == 3
e = Eq()
print(e in (1, 2, 3), e in (e,), (e,).count(e), (1, 2, 3).index(e))
print((1, 2) in ((1, 2), (3, 4)), (1, 2) in [(1, 2)], 1 in ((1,),), () in ((),))
print("ab" in ("abc",), "ab" in "abc", ("a",) in [("a",)], None in (None,))
