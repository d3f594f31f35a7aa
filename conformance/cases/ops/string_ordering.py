# Strings compare by code point lexicographically: uppercase before lowercase, digits before letters.
words = ["banana", "Apple", "apple", "10", "9", "", " ", "a b", "ab", "Ab", "_x", "~"]
print(sorted(words))
print(max(words), min(words), sorted(words, key=str.lower)[:4])
print("a" < "b", "B" < "a", "abc" < "abcd", "" < " ", "10" < "9", "Z" < "_" < "a")
print("abc" <= "abc", "abd" > "abc", "a" * 3 > "aa", "b" > "aaaa")
print([ord(c) for c in "Aa0 _~"], chr(97) + chr(65))
print(sorted("hello world"), "".join(sorted("cba")), max("apple"), min("apple"))
print(sorted(["b", "a", "c"], reverse=True), sorted([("b", 1), ("a", 2), ("a", 1)]))
print("apple" == "apple", "apple" != "Apple", "a" in "banana" < "c")
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
