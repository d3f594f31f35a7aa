# Checks exec and eval with explicit global and local namespace dicts.
ns = {}
exec("a = 1\nb = a + 1", ns)
print(ns["a"], ns["b"])

print(eval("x * y", {"x": 3, "y": 4}))
print(eval("x + z", {"x": 1}, {"z": 10}))

g = {"v": "global"}
l = {"v": "local"}
print(eval("v", g, l))
exec("w = v + '!'", g, l)
print(l["w"], "w" in g)

outer_var = "outer"
print(eval("outer_var"))
exec("outer_var2 = outer_var * 2")
print(outer_var2)

ns2 = {}
exec("def f():\n    return k\nk = 42", ns2)
print(ns2["f"]())

try:
    eval("nope", {})
except NameError as e:
    print(type(e).__name__, e)

print(eval("len('abc')", {}))
r = eval("[i*i for i in range(n)]", {"n": 4})
print(r)
