# An assignment expression in a comprehension binds in the enclosing function scope.
data = [1, 5, 2, 8, 3]
big = [y for x in data if (y := x * 2) > 5]
print(big, y)
total = 0
running = [total := total + x for x in data]
print(running, total)
def f():
    [last := v for v in "abc"]
    return last
print(f())
print([(m := i) for i in range(3)], m)
print({k: (w := k * k) for k in range(3)}, w)
print(any((hit := v) > 4 for v in data), hit)
print(all((miss := v) < 4 for v in data), miss)
for src in ["[i := 0 for i in range(2)]", "[(i := 0) for i in range(2)]",
            "[x for x in (y := [1])]", "[j for i in range(2) for j in (k := [i])]",
            "class Q:\n    [(z := 1) for _ in range(1)]"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg)
def g():
    out = [(acc := 1)]
    return [acc := acc * v for v in [2, 3, 4]], acc
print(g())
