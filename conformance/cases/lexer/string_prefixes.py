# Checks every legal string prefix spelling and that illegal combinations are SyntaxErrors.
v = 3
print(u"a" == "a", U"b" == "b")
print(r"\x" == R"\x", r"\x" == "\\x")
print(b"q" == B"q", type(B"q").__name__)
print(rb"\n" == Rb"\n" == bR"\n" == BR"\n" == br"\n" == Br"\n" == rB"\n" == RB"\n")
print(f"{v}", F"{v}", fr"{v}\n", rf"{v}\n", Rf"{v}", fR"{v}", FR"{v}", RF"{v}")
print(len(fr"\n{v}"), len(f"\n{v}"))
print(type(u"x").__name__)
bad = ["ur''", "ub''", "bu''", "fb''", "bf''", "rr''", "uf''", "fu''", "bb''", "x''"]
for src in bad:
    try:
        compile(src, "f", "exec")
        print(src, "compiled")
    except SyntaxError as e:
        print(src, type(e).__name__)
for src in ["r''", "u''", "R''", "U''", "b''", "f''", "rb''", "Rb''", "fr''", "rF''"]:
    print(src, repr(eval(src)))
