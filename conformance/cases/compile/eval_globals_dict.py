# eval reads names from a given globals dict, which gains a __builtins__ entry, and builtins still work.
g = {"a": 3, "b": 4}
print(eval("a * b", g))
print(eval("a ** 2 + b ** 2", g))
print(sorted(k for k in g if k != "__builtins__"))
print("__builtins__" in g)
print(eval("len([a, b]) + max(a, b)", g))
print(eval("abs(-a)", {"a": 7}))
g2 = {}
print(eval("1 + 1", g2), "__builtins__" in g2)
try:
    eval("missing + 1", {"present": 1})
except NameError as e:
    print(type(e).__name__, e)
x = "module x"
print(eval("x", {"x": "dict x"}))
print(eval("x"))
print(eval("x", globals()))
def f():
    x = "local x"
    return eval("x"), eval("x", {"x": "given"}), eval("x", globals())
print(f())
print(eval("[i * a for i in range(b)]", g))
print(eval("(lambda n: n + a)(10)", g))
