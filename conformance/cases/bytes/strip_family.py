# strip, lstrip, rstrip on bytes.
print(b'  ab  '.strip(), b'  ab  '.lstrip(), b'  ab  '.rstrip())
print(b'\t\n ab \r\x0b\x0c'.strip())
print(b'xxabyx'.strip(b'xy'))
print(b'xxabyx'.lstrip(b'x'), b'xxabyx'.rstrip(b'x'))
print(b''.strip(), b'   '.strip())
print(b'abc'.strip(b''))
print(b'aba'.strip(bytearray(b'a')))
try:
    b'ab'.strip('a')
except TypeError as e:
    print(type(e).__name__, e)
