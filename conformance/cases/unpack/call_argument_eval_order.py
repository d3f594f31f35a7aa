# Checks that call arguments, including starred and double-starred ones, are evaluated left to right.
log = []

def t(tag, v):
    log.append(tag)
    return v

def f(*args, **kw):
    return args, sorted(kw.items())

print(f(t("a", 1), *t("b", [2, 3]), t("c", 4), k=t("d", 5), **t("e", {"m": 6})))
print(log)
log.clear()

def gen(tag):
    log.append(tag + "-start")
    yield 1
    log.append(tag + "-end")

print(f(*gen("g1"), t("mid", 0), *gen("g2")))
print(log)
log.clear()
print([t("x", 1), *t("y", [2]), t("z", 3)])
print({t("k1", "a"): t("v1", 1), **t("m", {"b": 2}), t("k2", "c"): t("v2", 3)})
print(log)
log.clear()
t("callee", f)(t("arg", 1))
print(log)
