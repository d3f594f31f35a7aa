# Malformed f-strings are SyntaxErrors at compile time, with CPython 3.11's messages.
srcs = ['f"{}"', 'f"{ }"', 'f"{!r}"', 'f"{x!z}"', 'f"{x"', 'f"}"', 'f"{"', 'f"{x!}"',
        'f"{x:{y:{z}}}"', 'f"{a b}"', 'f"{x=!}"', 'f"{:5}"', "f'{\"a\" if}'", 'f"{)}"',
        'f"{x!r=}"', 'f"{lambda x: 1}"', 'f"{yield}"', 'f"{*x}"', 'f"{x:}}"', 'f"{{}"']
for src in srcs:
    try:
        compile(src, "<s>", "eval")
        print(src, "compiled")
    except SyntaxError as e:
        print(src, type(e).__name__, e.msg)
print(eval('f"{1}{{}}"'), eval('f"{ 1 }"'), eval("f'{(lambda: 5)()}'"))
