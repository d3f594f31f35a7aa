# Checks 'not in' and 'is not' with extra whitespace and line breaks inside brackets.
x = [1, 2]
print(3 not in x, 3 not  in x, 1 not	in x)
print(x is not None, x is  not None)
print((3 not
       in x))
print((x is
       not x))
print(not 1 in x, (not 1) in x)
print(not x is None)
print(1 in x in [x], 2 in x is not False)
print(not not x, not not not x)
print([v for v in range(5) if v not in x if v is not None])
for src in ["a in not b", "a not is b", "a is not in b", "a not b", "a isnot b"]:
    try:
        compile(src, "f", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), type(e).__name__)
