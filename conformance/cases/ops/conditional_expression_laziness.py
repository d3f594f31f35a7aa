# Conditional expressions evaluate the condition first and only the selected branch.
def v(tag, val):
    print("eval", tag)
    return val
print(v("then", 1) if v("cond", True) else v("else", 2))
print(v("then", 1) if v("cond", 0) else v("else", 2))
print(v("a", "A") if v("c1", False) else v("b", "B") if v("c2", True) else v("c", "C"))
r = (v("x", 1) if v("c", []) else v("y", 2)) + 10
print(r)
print(1 // 0 if False else "safe", "ok" if True else 1 // 0)
f = lambda n: "neg" if n < 0 else "zero" if n == 0 else "pos"
print([f(n) for n in (-2, 0, 3)])
print([x if x % 2 else -x for x in range(5)], [x for x in range(6) if x % 2 if x > 1])
def g(flag, default=v("default evaluated at def", 7)):
    return default if flag else None
print(g(True), g(False))
print(((lambda: 1) if True else (lambda: 2))(), "lambda is truthy" if (lambda: 0) else "no")
