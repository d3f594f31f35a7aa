# reversed() uses __reversed__ or __len__/__getitem__; other iterables are refused.
class Both:
    def __reversed__(self):
        return iter("rev")
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return "g"
print(list(reversed(Both())))
class NoneRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
try:
    reversed(NoneRev())
except TypeError as e:
    print(type(e).__name__, e)
class BadRev:
    def __reversed__(self):
        return 5
try:
    print(reversed(BadRev()))
except TypeError as e:
    print(type(e).__name__, e)
for bad in [iter([1]), map(abs, [1]), zip(), 5, None, {"a": 1}.items(), frozenset([1])]:
    try:
        print(list(reversed(bad)))
    except TypeError as e:
        print(type(e).__name__, e)
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1, "b": 2}.values())))
print(list(reversed({"a": 1, "b": 2}.items())), list(reversed(b"ab")), list(reversed(bytearray(b"xy"))))
r = reversed(range(3))
print(next(r), list(r), list(r))
r = reversed("abc")
print(iter(r) is r, "".join(r))
try:
    reversed()
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed(range(-5, 5, 3))), list(reversed(range(10, 0, -4))))
