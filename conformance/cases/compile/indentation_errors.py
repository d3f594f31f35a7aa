# IndentationError (a SyntaxError subclass) reports unexpected and missing indentation.
sources = [
    "    x = 1",
    "if 1:\npass",
    "def f():\nreturn 1",
    "for i in x:\n\nprint(i)",
    "class C:\n",
    "if 1:\n    a = 1\n  b = 2",
    "if 1:\n        a = 1\n    b = 2",
    "try:\n    pass\nexcept:\nx",
    "while 1:\n# only a comment\n",
]
for src in sources:
    try:
        compile(src, "<indent>", "exec")
        print(repr(src), "compiled")
    except IndentationError as e:
        print(type(e).__name__, e.msg, isinstance(e, SyntaxError))
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
