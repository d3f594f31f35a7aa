# repr of lists holding strings with quotes and escapes, special floats and nested empties.
# requires: float, bigint, unicode
print(["it's", 'say "x"', "both ' and \"", "\n\t\\", "", " "])
print([float("nan"), float("inf"), -float("inf"), -0.0, 0.0, 1e16, 1e-5, 0.1 + 0.2])
print([[], [[]], [()], [{}], [set()], [None, True, False, Ellipsis]])
print([1, [2, [3, [4, [5]]]]], str([1, "a"]), repr(["a"]) == str(["a"]))
print([b"x", bytearray(b"y"), range(3), slice(1), 10**20, -5, 0x10])
print([len, print][0].__class__.__name__, [str, int], [type(None)])
class R:
    def __repr__(self):
        return "R!"
    def __str__(self):
        return "S!"
print([R()], str([R()]), f"{[R()]}", "%s" % [R()], [R(), [R()]])
print(["\x00", "\x7f", "\u00e9"[:0], "tab\there"])
