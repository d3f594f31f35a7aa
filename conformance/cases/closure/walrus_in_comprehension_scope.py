# Assignment expressions inside comprehensions bind in the enclosing function scope, visible to closures, with SyntaxError limits.
def running_totals(xs):
    total = 0
    sums = [total := total + x for x in xs]
    return sums, total

print(running_totals([1, 2, 3, 4]), running_totals([]))

def last_match(words):
    found = None
    has = any((found := w).startswith("b") for w in words)
    return has, found

print(last_match(["apple", "banana", "cherry"]), last_match(["x", "y"]), last_match([]))

def closure_sees_walrus():
    get = lambda: seen
    [seen := i * i for i in range(4)]
    return get()

print(closure_sees_walrus())

def nested_comp():
    pairs = [(y := x * 10, [y + z for z in range(2)]) for x in range(3)]
    return pairs, y

print(nested_comp())

def in_lambda():
    fs = [lambda v=v: (w := v + 1) * w for v in range(3)]
    return [f() for f in fs]

print(in_lambda())
for src in ["[x := 1 for x in range(3)]",
            "[i for i in range(3) if (i := 2)]",
            "class C:\n    [(z := 1) for _ in range(2)]\n",
            "[j for j in (j := [1])]",
            "def f():\n    [[(k := 1) for k in range(2)] for _ in range(2)]\n",
            "(a := 1, b := 2)",
            "x = (y := 5) + y"]:
    try:
        ns = {}
        exec(src, ns)
        print("ok", sorted(k for k in ns if k != "__builtins__"))
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
