# A generator expression may drop its parentheses only as the sole call argument.
print(sum(x for x in range(5)), max(x % 3 for x in range(7)), "".join(c for c in "abc"))
print(sorted((x for x in [3, 1, 2]), reverse=True), list((y * 2 for y in range(3))))
print(tuple(x for x in "ab"), set(x % 2 for x in range(4)) == {0, 1})
for src in ["f(x for x in y, 1)", "f(1, x for x in y)", "f(x for x in y)", "f((x for x in y), 1)",
            "f(*x for x in y)", "[x for x in 1, 2]", "[x for x in (1, 2)]", "(x for x in y if a if b)",
            "[*x for x in y]", "{**x for x in y}", "[x for x in y if a else b]", "f(a=x for x in y)"]:
    try:
        compile(src, "<s>", "eval")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg)
g = (x * x for x in range(3))
print(type(g).__name__, next(g), list(g), list(g))
print([x for x in range(10) if x % 2 if x % 3])
print([x if x % 2 else -x for x in range(5)])
print([x for x in range(3) if True for _ in range(2)])
