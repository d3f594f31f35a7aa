# slice objects: repr, attributes, indices() normalisation, use as subscripts, comparisons, unhashability and errors.
s = slice(1, 10, 2)
print(s, repr(slice(5)), slice(None, None, -1), s.start, s.stop, s.step, slice(3).start, slice(3).stop)
print(s.indices(5), s.indices(100), slice(None, None, -1).indices(4), slice(-3, None).indices(5), slice(-100, 100).indices(7))
print(slice(10, -10, -3).indices(8), slice(0, 0).indices(0), slice(None).indices(3), slice(5, 1).indices(10))
data = list(range(10))
print(data[s], data[slice(None, None, -3)], "abcdef"[slice(-2, None)], (1, 2, 3)[slice(1, None)], data[slice(8, 2, -2)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
print(slice("a", [1], {}), slice(1, 2, 3).indices(True and 10))
cases = [
    lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: slice(1, 2, 0).indices(5), lambda: slice(1).indices(-1),
    lambda: slice("a", 2).indices(5), lambda: slice(1.5, 2).indices(5), lambda: data[slice(1.5, 3)],
    lambda: hash(slice(1, 2)), lambda: {slice(1, 2): 0}, lambda: slice(1, 2).indices(), lambda: data[::0],
    lambda: slice(start=1), lambda: slice(1, 2) < slice(1, 3), lambda: slice(1) < slice("a"),
]
for call in cases:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    s.start = 5
except AttributeError as e:
    print("AttributeError:", e)
class Capture:
    def __getitem__(self, key):
        return key
cap = Capture()
print(cap[1:2], cap[::], cap[:, 1], cap[1:2, ::3], cap[...], cap[1:2:3], type(cap[:]).__name__)
