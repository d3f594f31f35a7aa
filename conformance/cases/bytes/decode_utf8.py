# requires: unicode
# bytes.decode() defaults to UTF-8.
print(b'abc'.decode())
print(b'abc'.decode('utf-8'), b'abc'.decode('ascii'))
s = b'caf\xc3\xa9'.decode()
print(len(s), ascii(s))
s = b'\xe2\x82\xac\xf0\x9f\x98\x80'.decode('utf-8')
print(len(s), ascii(s))
print(b'\xe9'.decode('latin-1') == '\xe9')
print(b''.decode() == '')
print(bytearray(b'ok').decode())
print(b'x'.decode(encoding='utf-8'))
