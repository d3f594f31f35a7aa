# The in operator finds substrings anywhere; the left operand must be a str.
s = "abcabc"
print("" in s, "" in "", "abc" in s, "cab" in s, "cba" in s, "abcabca" in s)
print("c" in s, "C" in s, s in s, s + "x" in s)
print("a" not in "bcd", "" not in "x")
print(["a" in w for w in ["xa", "", "A", "aa"]])
for left in [None, 97, ["a"], ("a",)]:
    try:
        print(left in s)
    except TypeError as e:
        print(type(e).__name__, e)
class S(str):
    pass
print(S("bc") in s, "bc" in S("abcd"))
print("\n" in "a\nb", "\x00" in "a\x00", "\t" in "a b")
