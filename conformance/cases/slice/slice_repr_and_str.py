# repr/str of slice objects with various argument types, and slices inside containers.
# requires: float
for s in [slice(1), slice(1, 2), slice(1, 2, 3), slice(None), slice(None, None, None),
          slice(-1, None, -1), slice("a", "b"), slice(1.5, [2], (3,)), slice(True, False),
          slice(slice(1), None), slice(2**10, -2**10, 10**3)]:
    print(repr(s), str(s) == repr(s))
print([slice(1, 2)], (slice(None),), {"k": slice(0, 1)})
print(f"{slice(1, 2)}", "%s" % (slice(3),), "{}".format(slice(None, 5)))
print(slice(1, 2).__class__.__name__, type(slice(1)) is slice)
class Show:
    def __getitem__(self, k):
        return repr(k)
print(Show()[1:2], Show()[::], Show()[:, 1:], Show()["a":])
