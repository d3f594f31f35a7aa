# len() and truthiness of bytes.
print(len(b''), len(b'a'), len(b'\x00\x00'), len(b'\\n'))
print(bool(b''), bool(b'\x00'))
print(len(bytes(10)))
if not b'':
    print('empty is falsy')
print(len(b'abc' * 3))
