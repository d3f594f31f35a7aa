# eval/exec/compile check their argument types and the compile mode.
calls = [
    lambda: compile("1", "f", "bogus"),
    lambda: compile("1", "f", "EVAL"),
    lambda: eval(123),
    lambda: eval(None),
    lambda: exec(5),
    lambda: eval("1", []),
    lambda: eval("1", {}, 5),
    lambda: exec("1", 7),
    lambda: compile(1, "f", "exec"),
    lambda: eval("1\x00"),
    lambda: exec("x = 1\x00"),
    lambda: exec(compile("1", "f", "eval")),
    lambda: eval(compile("x = 1", "f", "exec"), {}),
]
for c in calls:
    try:
        print(repr(c()))
    except (TypeError, ValueError, SyntaxError) as e:
        print(type(e).__name__, e)
