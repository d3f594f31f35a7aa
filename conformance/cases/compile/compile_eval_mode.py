# compile(..., 'eval') makes a reusable code object that eval runs against different dicts.
code = compile("a + b * 2", "<expr>", "eval")
print(type(code).__name__)
print(eval(code, {"a": 1, "b": 2}))
print(eval(code, {"a": "x", "b": "y"}))
print(eval(code, {}, {"a": [1], "b": [0]}))
print(exec(code, {"a": 1, "b": 1}))
a, b = 10, 20
print(eval(code))
c2 = compile("[n * n for n in range(k)]", "<listcomp>", "eval")
for k in range(4):
    print(eval(c2, {"k": k}))
c3 = compile(b"3 * 7", "<bytes>", "eval")
print(eval(c3))
c4 = compile("x", "<name>", "eval")
try:
    eval(c4, {})
except NameError as e:
    print(type(e).__name__, e)
print(eval("  1 + 1  "))
try:
    compile("  1 + 1", "<ws>", "eval")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
