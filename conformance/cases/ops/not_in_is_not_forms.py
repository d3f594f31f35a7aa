# `not in` and `is not` are single operators; `not x in y` and `x is (not y)` parse differently.
a, b, none = 1, [1, 2], None
print(a not in b, not a in b, (not a) in b, not (a in b))
print(3 not in b, not 3 in b, [] not in [[]], not [] in [[]])
print(none is not None, not none is None, none is (not None), (not none) is True)
t, f = True, False
print(t is not f, t is (not f), not t is f)
print(a not in b not in [[1, 2]], a in b in [[1, 2]])
x = 0
print(x is not None and x not in (1, 2), not x and x is not None)
print(not 1 not in [2], not (1 not in [2]))
class Box:
    def __contains__(self, item):
        print("contains", item)
        return item == "key"
print("key" not in Box(), not "key" in Box(), "no" not in Box())
