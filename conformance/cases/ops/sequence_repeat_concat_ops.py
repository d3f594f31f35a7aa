# Sequence + and * across list, tuple, str, bytes and bytearray, with aliasing and result types.
print([1, 2] * 2, (0,) * 3, "ab" * 3, b"x" * 2, bytearray(b"y") * 2, [1] * -1, "s" * 0)
print(2 * [0], 0 * (1,), -5 * "a", True * "ab", "ab" * False)
print(b"a" + bytearray(b"b"), type(b"a" + bytearray(b"b")).__name__, type(bytearray(b"b") + b"a").__name__)
lst = [1]
lst += (2, 3)
lst += "ab"
lst += range(2)
print(lst)
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
t = (1,)
orig = t
t += (2,)
print(t, orig, t is orig)
s = "a"
s *= 3
print(s)
l2 = [0]
alias = l2
l2 *= 3
print(l2, alias is l2)
nested = [[]] * 3
nested[0].append("shared")
print(nested)
print([1, 2] + [], [] + [], () + (), "" + "", (1, 2) + (3,), [[1]] + [[2]])
ba = bytearray(b"ab")
ba += b"cd"
ba *= 2
print(ba)
