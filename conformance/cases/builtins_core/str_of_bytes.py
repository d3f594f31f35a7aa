# str() of bytes gives the repr; with an encoding it decodes.
print(str(b'a'))
print(str(b''), str(b"'"), str(b'\x00\xff'))
print(str(bytearray(b'x')))
print(str(b'abc', 'ascii'), str(b'abc', encoding='utf-8'))
print(str(b'a\xffb', 'utf-8', 'ignore'))
print(len(str(b'ab')))
try:
    str('abc', 'utf-8')
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(b'\xff', 'ascii')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
