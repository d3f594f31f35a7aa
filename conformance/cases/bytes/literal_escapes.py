# Escape sequences in bytes literals and the byte values they produce.
print(list(b'\x00\x01\x7f\x80\xff'))
print(list(b'\n\r\t\\\'\"'))
print(list(b'\a\b\f\v'))
print(list(b'\0\7\101\377'))
print(b'\x41\x42' == b'AB')
print(len(b'a\
b'))
print(list(rb'\n\x00'))
print(rb'\n' == b'\\n')
print(B'abc', bR'\t', Rb'\t')
print(b'ab' b'cd')
print(b"""tri
ple""")
