# One slice object can be stored and reused to get, set and delete across sequence types.
evens = slice(None, None, 2)
last3 = slice(-3, None)
rev = slice(None, None, -1)
for seq in [list(range(7)), tuple("abcdefg"), "abcdefg", range(7), b"abcdefg"]:
    print(seq[evens], seq[last3], seq[rev], seq[evens][rev])
a = list(range(7))
a[evens] = ["e"] * 4
print(a)
a[last3] = []
print(a)
del a[rev]
print(a)
b = list(range(10))
del b[evens]
print(b)
parts = [slice(0, 3), slice(3, 6), slice(6, None)]
print([("abcdefgh")[p] for p in parts])
print([[1, 2, 3, 4, 5, 6, 7][p] for p in parts])
keys = {"first": slice(0, 1), "rest": slice(1, None)}
print({k: "python"[v] for k, v in keys.items()})
print(list(range(10))[slice(*[2, 8, 3])], "hello"[slice(None)], (1, 2)[slice(5, None)])
