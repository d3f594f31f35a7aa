# Iterating a str yields one-character strs; bytes and bytearray yield ints.
print(list("ab c"), list(b"ab c"), list(bytearray(b"\x00\xff")))
print([type(x).__name__ for x in "a"], [type(x).__name__ for x in b"a"])
print(list(enumerate(b"hi")), list(zip("hi", b"hi")), sorted(b"cab"), max(b"az"), sum(b"\x01\x02"))
print(list(reversed(b"abc")), bytes(reversed(b"abc")), "".join(reversed("abc")))
print(list(map(chr, b"xyz")), bytes(map(ord, "xyz")), list(filter(lambda c: c > 98, b"abcd")))
print([c for c in "a\tb\n"], [c for c in b"a\tb"], list(""), list(b""))
print(set("aab") == {"a", "b"}, set(b"aab") == {97, 98}, dict.fromkeys(b"ab"))
it = iter("xyz")
print(next(it), next(it), next(it), next(it, "done"))
it = iter(memoryview(b"mv"))
print(next(it), list(it))
print(tuple("ab"), tuple(b"ab"), list(map(str.upper, "ab")), [x * 2 for x in b"\x01\x02"])
print(list(iter(bytearray(b"q"))), "".join(map(str, b"12")), 97 in b"abc", "ab" in "xaby")
try:
    print("a" in b"abc")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 in "abc")
except TypeError as e:
    print(type(e).__name__, e)
