# requires: float
print(bool(0), bool(1), bool(-3))
print(bool(""), bool("a"), bool(" "))
print(bool([]), bool([0]), bool(()), bool((0,)))
print(bool({}), bool({0: 0}))
print(bool(None))
print(bool(0.0), bool(0.001))
print(bool())
print(int(True), float(False), str(True))
