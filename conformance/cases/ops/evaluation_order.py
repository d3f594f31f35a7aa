# Operands, call arguments, subscripts and dict displays are evaluated left to right.
log = []
def v(tag, val=None):
    log.append(tag)
    return val if val is not None else tag
def flush(label):
    print(label, " ".join(log))
    del log[:]
r = v("a", 1) + v("b", 2) * v("c", 3)
flush("arith %d:" % r)
v("f", print)(v("x"), v("y"), sep=v("s", "-"))
flush("call:")
d = {v("k1"): v("v1"), v("k2"): v("v2")}
flush("dict:")
lst = [0, 0]
lst[v("i", 0)] = v("rhs", 9)
flush("assign:")
lst[v("i2", 1)] += v("inc", 5)
flush("augassign %r:" % lst)
a = {}
a[v("key")], lst[v("idx", 0)] = v("first", 1), v("second", 2)
flush("multi:")
v("t", True) and v("u") or v("w")
flush("bool:")
x = v("then") if v("cond", False) else v("else")
flush("ternary:")
print(v("p1"), [v("e1"), v("e2")][v("i3", 0)], v("p2"))
flush("print args:")
(lambda *a, **k: None)(v("pos"), *[v("star")], kw=v("kw"), **{v("dk"): v("dv")})
flush("star call:")
