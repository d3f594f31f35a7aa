# Non-bool results from __eq__ pass through ==, but in/not in and if coerce them to bool.
class Odd:
    def __eq__(self, other):
        return "yes" if other == 1 else ""
    def __contains__(self, item):
        return item * 2
    def __repr__(self):
        return "Odd"
o = Odd()
print(repr(o == 1), repr(o == 2), repr(o != 1))
print(1 in [o], 2 in [o], 1 not in [o])
print(3 in o, 0 in o, 0 not in o, repr(3 in o))
print(bool(o == 1), "t" if o == 2 else "f")
print([o].count(1), [o].index(1), (o,) == (1,), [1] == [o])
class Inverse:
    def __contains__(self, item):
        return item < 0
print(-1 in Inverse(), 1 in Inverse(), -1 not in Inverse(), not (-1 in Inverse()))
class NeEq:
    def __eq__(self, other):
        return True
    def __ne__(self, other):
        return True
n = NeEq()
print(n == 0, n != 0, n in [0], n not in [0])
