# isdigit, isalpha, isspace, isalnum, isupper, islower, istitle on bytes.
for b in [b'123', b'abc', b'ab1', b' \t\n', b'', b'ABC', b'Abc Def', b'\xb2', b'a b']:
    print(repr(b), b.isdigit(), b.isalpha(), b.isspace(), b.isalnum(),
          b.isupper(), b.islower(), b.istitle())
print(b'abc'.isascii(), b'\x80'.isascii(), b''.isascii())
