# List/tuple/dict operations use __eq__, but identity is checked first for `in`, count and index.
class Never:
    def __eq__(self, other):
        return False
    __hash__ = object.__hash__
n = Never()
lst = [1, n, 2]
print(n in lst, lst.count(n), lst.index(n))
print(Never() in lst, [n] == [n], (n,) == (n,), n == n)
d = {n: "found"}
print(d[n], n in d)
class AnyEq:
    def __init__(self, tag):
        self.tag = tag
    def __eq__(self, other):
        return True
    def __repr__(self):
        return "AnyEq(%s)" % self.tag
items = [5, "x", AnyEq(1)]
print(items.index(AnyEq(2)), AnyEq(3) in items, items.count(AnyEq(4)))
lst2 = ["a", "b"]
lst2.remove(AnyEq(5))
print(lst2)
print([AnyEq(6)] == [1], (1, 2) == (AnyEq(7), AnyEq(8)))
print("zz" in [AnyEq(9)], {"k": 1} == {"k": AnyEq(10)})
