# ord() of a length-1 bytes, and decoding built bytes.
print(ord(b'a'), ord(b'\x00'), ord(b'\xff'))
print(ord(bytearray(b'z')))
print(bytes([65]).decode(), bytes([104, 105]).decode('ascii'))
print(chr(b'A'[0]))
try:
    ord(b'ab')
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord(b'')
except TypeError as e:
    print(type(e).__name__, e)
