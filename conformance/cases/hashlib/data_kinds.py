# Any contiguous bytes-like object can be hashed; str and other objects cannot.
import hashlib, array
want = hashlib.sha1(b'\x01\x02\x03\x04').hexdigest()
for data in [b'\x01\x02\x03\x04', bytearray(b'\x01\x02\x03\x04'), memoryview(b'\x01\x02\x03\x04'),
             memoryview(b'\x00\x01\x02\x03\x04\x05')[1:5], array.array('B', [1, 2, 3, 4])]:
    print(type(data).__name__, hashlib.sha1(data).hexdigest() == want)
    h = hashlib.sha1()
    h.update(data)
    print(h.hexdigest() == want)
print(hashlib.md5(array.array('i', [1, 2])).hexdigest() == hashlib.md5(array.array('i', [1, 2]).tobytes()).hexdigest())
for bad in ['abc', '', 1, None, 1.5, [1, 2], memoryview(b'abcdef')[::2]]:
    for f in [lambda: hashlib.sha256(bad), lambda: hashlib.sha256().update(bad), lambda: hashlib.new('md5', bad)]:
        try:
            f()
            print('ok')
        except Exception as e:
            print(type(bad).__name__, type(e).__name__, e)
m = memoryview(b'xyz')
m.release()
try:
    hashlib.md5(m)
except ValueError as e:
    print('ValueError', e)
