# eval and compile(..., 'eval') accept only a single expression; statements are SyntaxErrors.
for src in ["x = 1", "", "pass", "1; 2", "1\n2", "import", "def f(): pass", "if 1: 2", "del x",
            "x += 1", "return 1", "lambda: 1", "(yield)", "1 if 2 else 3", "a := 1", "(a := 1)", "*x"]:
    try:
        code = compile(src, "<e>", "eval")
        print(repr(src), "ok", type(code).__name__)
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg)
try:
    eval("x = 5")
except SyntaxError as e:
    print("eval:", type(e).__name__, e.msg)
print(eval("(a := 7) * 2"), a)
