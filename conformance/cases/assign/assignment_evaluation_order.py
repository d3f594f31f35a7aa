# Checks that the right-hand side is evaluated before the target's container and index expressions.
log = []
def t(tag, v):
    log.append(tag)
    return v
class Box(list):
    def __setitem__(self, i, v):
        log.append("setitem")
        super().__setitem__(i, v)
b = Box([0, 0])
t("container", b)[t("index", 1)] = t("value", 5)
print(log, b)
log.clear()
class Obj:
    pass
o = Obj()
t("obj", o).attr = t("value", 1)
print(log)
log.clear()
x = [t("a", 1), t("b", 2)][t("idx", 0)]
print(log, x)
log.clear()
d = {}
d[t("k1", "a")] = d[t("k2", "b")] = t("v", 0)
print(log, d)
log.clear()
t("left", 1) + t("right", 2) * t("third", 3)
print(log)
log.clear()
r = t("a", 0) or t("b", "") or t("c", [])
print(log, r)
log.clear()
y = t("cond", 1) if t("test", True) else t("other", 2)
print(log)
