# eval() rejects statements and malformed code with SyntaxError.
for src in ['x = 1', 'import os', 'def f(): pass', '1 +', 'if True: 1']:
    try:
        print(eval(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
