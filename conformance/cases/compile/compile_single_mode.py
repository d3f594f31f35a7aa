# 'single' mode code prints the repr of expression statements (except None), like the REPL.
exec(compile("1 + 2", "<s>", "single"))
exec(compile("'text'", "<s>", "single"))
exec(compile("None", "<s>", "single"))
exec(compile("x = 5", "<s>", "single"))
exec(compile("x * 2", "<s>", "single"))
exec(compile("[x, 'a', None]", "<s>", "single"))
exec(compile("print('printed')", "<s>", "single"))
exec(compile("if x > 1:\n    x\n    x + 1\n", "<s>", "single"))
exec(compile("for i in range(3): i\n", "<s>", "single"))
exec(compile("(1, 2); 3", "<s>", "single"))
exec(compile("def f(): return 7\n", "<s>", "single"))
exec(compile("f()", "<s>", "single"))
exec(compile("{'k': 'v'}", "<s>", "single"))
code = compile("x", "<s>", "single")
exec(code, {"x": 1.5})
exec(code, {}, {"x": "local"})
print(eval(compile("42", "<s>", "single")))
for bad in ["1\n2\n", "x = 1\ny = 2\n"]:
    try:
        compile(bad, "<s>", "single")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
