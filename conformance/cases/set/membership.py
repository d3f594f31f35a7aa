s = {1, 2, (3, 4), "x", None, frozenset({5})}
print(1 in s, 3 in s, (3, 4) in s, "x" in s, None in s)
print(frozenset({5}) in s, {5} in s)
print(2 not in s, 99 not in s)
try:
    print([1] in s)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({} in s)
except TypeError as e:
    print(type(e).__name__, e)
f = frozenset("abc")
print("a" in f, "z" in f, "ab" in f)
