# yield inside a comprehension or generator expression is a SyntaxError.
for src in ["[(yield) for x in y]", "[x for x in (yield)]", "{(yield x): 1 for x in y}",
            "((yield) for x in y)", "{(yield) for x in y}", "[(yield from x) for x in y]"]:
    try:
        compile("def f():\n    return " + src, "<s>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg)
def gen():
    r = [x for x in (yield 1)]
    yield r
g = gen()
print(next(g), g.send([3, 4]))
try:
    compile("[x for x in y] = 1", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile("(x for x in y) += 1", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
