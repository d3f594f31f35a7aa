# print() with sep/end of None and empty strings, no arguments, non-str objects, flush/file keywords and bad keywords.
print()
print("a", "b", sep="")
print("a", "b", sep=None)
print("a", "b", end=None)
print("x", end="")
print("|", end="\n\n")
print(1, 2, 3, sep="--", end="!\n")
print(*[], sep="ignored")
print(*"abc", sep=", ")
print("multi\nline", 5, None, [1, "s"], {"k": (1,)}, sep=" | ")
print("flushed", flush=True)
print("to default file", file=None)
class S:
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"
print(S(), [S()], (S(),), str(S()), repr(S()), f"{S()} {S()!r}")
class BadStr:
    def __str__(self):
        return 7
cases = [
    lambda: print("a", sep=5), lambda: print("a", end=b"x"), lambda: print("a", foo=1),
    lambda: print(BadStr()), lambda: print("a", file=5), lambda: print("a", sep=["x"]),
]
for call in cases:
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print("start", end="")
try:
    print("mid", BadStr(), "never")
except TypeError:
    print("<err>")
print(print("inner"), print() is None)
