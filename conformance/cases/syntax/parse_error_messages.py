# The parser's SyntaxError messages for misplaced starred, double-starred and generator arguments, f-string fields, and Python 2 statements.
sources = [
    "f(x = 1 for x in y)",
    "f(*x for x in y)",
    "f(1, *x for x in y)",
    "f(x for x in y, 1)",
    "f(1, x for x in y)",
    "{**x for x in y}",
    "[*x for x in y]",
    "{*x for x in y}",
    "(*x for x in y)",
    "f'{!r}'",
    "f'{:>3}'",
    "f'{=}'",
    "f'{}'",
    "f'{*x}'",
    "f'{*x for x in y}'",
    "print 'hello'",
    "exec 'code'",
    "print x, y",
    "if x = 1: pass",
    "while x = 1: pass",
    "f(a=1, a=2)",
    "f(**a, *b)",
    "f(a=1, b)",
    "f(**a, b)",
]
for src in sources:
    try:
        compile(src, '<case>', 'exec')
        print(repr(src), 'compiled')
    except SyntaxError as e:
        print(repr(src), 'SyntaxError', e.msg)
