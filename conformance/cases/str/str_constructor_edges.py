# str() of various objects, str with encoding from bytes, and type errors from str().
print(repr(str()), repr(str("x")), repr(str(123)), repr(str(-0)), repr(str(True)), repr(str(None)))
print(repr(str([1, "a"])), repr(str((1,))), repr(str({"k": "v"})))
print(repr(str(b"ab")), repr(str(b"ab", "ascii")), repr(str(b"ab", encoding="utf-8")))
print(repr(str(b"a\xffb", "ascii", "replace")), repr(str(b"a\xffb", "ascii", "ignore")))
class A:
    def __str__(self):
        return "A-str"
    def __repr__(self):
        return "A-repr"
class B:
    def __repr__(self):
        return "B-repr"
print(str(A()), repr(A()), str(B()), str([A(), B()]))
class Bad:
    def __str__(self):
        return 42
for call in [lambda: str(Bad()), lambda: str("x", "ascii"), lambda: str(1, "ascii"),
             lambda: str(b"\xff", "ascii")]:
    try:
        print(call())
    except (TypeError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
class S(str):
    pass
print(type(str(S("q"))).__name__, str(S("q")))
