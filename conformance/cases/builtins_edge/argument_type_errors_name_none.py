# Argument-type errors from CPython's argument checks name None as "None" (not
# "NoneType"); super() and the filename of compile() word theirs differently.
for f in [lambda: format(1, None), lambda: type('A', None, {}), lambda: type(None, (), {}), lambda: type('A', (), None),
          lambda: super(None), lambda: 'abc'.encode(None), lambda: b'a'.decode(None), lambda: str.maketrans('a', 'b', None),
          lambda: compile('1', None, 'eval'), lambda: compile('1', 'f', None), lambda: bytes('a', None)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
