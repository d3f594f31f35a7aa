# replace with a count argument: zero, negative, larger than the number of matches, and empty patterns.
s = "one one one one"
for n in (-3, -1, 0, 1, 2, 4, 10):
    print(n, s.replace("one", "1", n))
print("aaaa".replace("a", "bb"), "aaaa".replace("aa", "b"), "aaa".replace("aa", "b"))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print(repr("abc".replace("abc", "")), repr("".replace("a", "b")))
print("abc".replace("x", "y"), "abc".replace("b", "b"))
print("banana".replace("an", "AN", 1), "banana".replace("na", ""))
print("a.b.c".replace(".", "::"))
print("abcabc".replace("abc", "abcabc", 1))
print("aaa".replace("", "-", 0), "ab".replace("", "", 5))
print("x".replace("x", "y", -100))
