# Checks that 'global' at module level is a harmless no-op while module-level 'nonlocal' is a SyntaxError.
global top
top = 1
print(top)

for src in ["global q\nq = 5", "nonlocal q", "def f():\n    global q\n    return q"]:
    ns = {}
    try:
        exec(src, ns)
        print("ok", ns.get("q"))
    except SyntaxError as e:
        print(type(e).__name__)

def f():
    global top
    global top
    top += 1

f()
print(top)

def g():
    global undefined_global_name
    try:
        return undefined_global_name
    except NameError as e:
        return type(e).__name__ + ": " + str(e)

print(g())
