# str.maketrans builds code-point tables; translate maps, replaces or deletes characters.
t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
print("aabbcc-abc".translate(t))
t2 = str.maketrans("ab", "12", "cd")
print(sorted(t2.items()))
print("abcdabcd".translate(t2))
t3 = str.maketrans({"a": "AA", "b": None, ord("c"): "C"})
print(sorted(t3.items()))
print("abcabc".translate(t3))
print("hello".translate({ord("l"): 76, ord("o"): ""}))
print("keep".translate({}))
for bad in [lambda: str.maketrans("ab", "x"), lambda: str.maketrans({"ab": 1}),
            lambda: str.maketrans("a"), lambda: "a".translate({97: 1.5})]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class Table:
    def __getitem__(self, k):
        if k == ord("x"):
            return "X!"
        raise LookupError
print("xyx".translate(Table()))
