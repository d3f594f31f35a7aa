# Checks evaluation order in del statements: container, then index, target by target left to right.
log = []
class L(list):
    def __delitem__(self, i):
        log.append(("delitem", i))
        super().__delitem__(i)
def t(tag, v):
    log.append(tag)
    return v
a = L([1, 2, 3])
b = L([4, 5, 6])
del t("a", a)[t("i", 0)], t("b", b)[t("j", -1)]
print(log, a, b)
log.clear()
try:
    del t("a", a)[t("bad", 10)], t("b", b)[t("never", 0)]
except IndexError as e:
    print(type(e).__name__, e)
print(log, a, b)
log.clear()
class O:
    def __delattr__(self, name):
        log.append(("delattr", name))
o = O()
del t("o1", o).x, t("o2", o).y
print(log)
log.clear()
d = {"k": 1}
try:
    del d[t("missing", "zz")], d[t("k", "k")]
except KeyError as e:
    print(type(e).__name__, e)
print(log, d)
