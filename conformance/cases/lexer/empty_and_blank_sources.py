# Checks exec/eval/compile on empty, blank and comment-only sources and trailing-newline variants.
ns = {}
for src in ["", "\n", "\n\n\n", "   \n", "\t\n", "# c", "# c\n\n# d\n", "\\\n", "pass", "x = 1", "x = 1\n\n\n"]:
    try:
        exec(src, ns)
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), type(e).__name__)
print(ns.get("x"))
for src in ["1", " 1", "1\n", "\n1", "1 # c", "(1\n+2)", "", " ", "\n", "1;", "x = 1"]:
    try:
        print(repr(src), eval(src))
    except SyntaxError as e:
        print(repr(src), type(e).__name__)
c = compile("", "f", "exec")
print(eval(c))
c2 = compile("2 + 3", "f", "eval")
print(eval(c2))
try:
    compile("x = 1", "f", "nonsense")
except ValueError as e:
    print(type(e).__name__)
