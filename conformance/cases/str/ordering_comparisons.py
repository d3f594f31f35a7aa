# str ordering is lexicographic by code point; prefixes sort first; mixing with int raises TypeError.
pairs = [("a", "b"), ("a", "a"), ("a", "ab"), ("ab", "a"), ("", "a"), ("", ""), ("B", "a"),
         ("Z", "a"), ("10", "9"), ("abc", "abd"), ("a ", "a"), ("~", "a")]
for x, y in pairs:
    print(repr(x), repr(y), x < y, x <= y, x > y, x >= y, x == y, x != y)
print(sorted(["banana", "Apple", "cherry", "apple", "", "10", "9", "a b"]))
print(max("abc", "abd", "ab"), min("abc", "abd", "ab"))
print("a" < "b" < "c", "a" < "c" < "b")
for op in [lambda: "a" < 1, lambda: 1 >= "a", lambda: "a" > None, lambda: "a" <= b"a"]:
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)
print("a" == 1, "1" != 1, "a" == b"a")
