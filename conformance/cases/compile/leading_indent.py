# Leading whitespace: eval() of a string drops it, compile() in any mode reports an
# unexpected indent with its position.
try:
    compile("  1 + 1", "<ws>", "eval")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    compile("\t1", "<ws>", "eval")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    compile("  x = 1", "<ws>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset)
print(eval(compile("\n  1", "<ws>", "eval")) if False else "")
