# With separate globals and locals, exec'd code acts like a class body: functions cannot see its locals.
g, l = {}, {}
exec("""
helper_value = 5
def use():
    return helper_value
""", g, l)
print(sorted(l), sorted(k for k in g if k != "__builtins__"))
try:
    print(l["use"]())
except NameError as e:
    print(type(e).__name__, e)
g["helper_value"] = "from globals"
print(l["use"]())
g2, l2 = {}, {"x": 3}
try:
    print(eval("[x for _ in range(2)]", g2, l2))
except NameError as e:
    print(type(e).__name__, e)
print(eval("[x + i for i in range(2)]", {"x": 3}, {}))
print(eval("[i for i in range(x)]", g2, l2))
same = {}
exec("val = 8\ndef use():\n    return val\nres = use()", same)
print(same["res"])
