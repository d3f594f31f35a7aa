# input() writes its prompt (any object, as str) and raises EOFError at the end of input.
for args in [(), ('? ',), (42,), (None,)]:
    try:
        print(repr(input(*args)))
    except EOFError as e:
        print()
        print(type(e).__name__, e)
for c in (lambda: input('a', 'b'), lambda: input(prompt='x')):
    try:
        c()
    except Exception as e:
        print(type(e).__name__, e)
