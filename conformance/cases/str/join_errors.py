# join accepts any iterable of str; a non-str item raises TypeError naming its index and type.
print(",".join(["a", "b", "c"]), "".join(("x", "y")), "-".join("abc"))
print(repr(",".join([])), repr(",".join([""])), repr(",".join(["", ""])))
print(" ".join(str(i) for i in range(4)), "+".join({"k1": 1, "k2": 2}))
print("::".join(iter(["p", "q"])), "ab".join(["1", "2", "3"]))
for items in [["a", 1], [1, "a"], ["a", "b", None], [b"x"], ["x", ["y"]], [2.5]]:
    try:
        print("-".join(items))
    except TypeError as e:
        print(type(e).__name__, e)
for obj in [5, None, "ok"]:
    try:
        print(",".join(obj))
    except TypeError as e:
        print(type(e).__name__, e)
class S(str):
    pass
print(repr("|".join([S("a"), S("b")])), type("|".join([S("a")])).__name__)
def gen():
    yield "g1"
    yield 2
try:
    "".join(gen())
except TypeError as e:
    print(type(e).__name__, e)
