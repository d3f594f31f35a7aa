# max()/min() over strings, bytes, tuples and lists compare lexicographically; mixing str and bytes is an error.
print(max("apple", "banana", "Cherry"), min("apple", "banana", "Cherry"), max("a", "aa", "A"), min(["", "a", " "]))
print(max(b"abc"), min(b"abc"), max([b"ab", b"b", b"abc"]), min(b"\x00\xff", b"\x00"), max("zzz"), min("Zebra"))
print(max([(1, "b"), (1, "a"), (0, "z")]), min([(2,), (1, 5), (1,)]), max([[3], [2, 9], [3, 0]]), min([[], [0]]))
print(max(["10", "9", "100"]), max(["10", "9", "100"], key=int), min(["b", "A", "a"], key=str.lower), max("hello", key=ord))
print(max("\t", "\n", " "), min("abc", "ab"), max((), (0,)), min(((1, 2), (1, 2, 0))), max([True, 1, 1.0 if False else 1]))
for call in [lambda: max("a", b"a"), lambda: min([b"x", "x"]), lambda: max([(1, "a"), (1, 2)]), lambda: min([[1], (1,)]),
             lambda: max(["a", None]), lambda: min("", ""), lambda: max(""), lambda: min(b"")]:
    try:
        print(repr(call()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
words = "the quick brown fox jumps over the lazy dog".split()
print(max(words), min(words), max(words, key=len), min(words, key=len), max(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: w[::-1])[:3], max(enumerate(words), key=lambda p: p[1]), min(zip(words, range(9))))
