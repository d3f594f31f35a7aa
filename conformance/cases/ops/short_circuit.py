log = []
def t(name):
    log.append(name)
    return True
def f(name):
    log.append(name)
    return False
print(f("a") and t("b"))
print(log)
log = []
print(t("a") or f("b"))
print(log)
log = []
print(t("a") and f("b") or t("c"))
print(log)
log = []
print(f("a") or f("b") or f("c"))
print(log)
