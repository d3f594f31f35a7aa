# frombytes, tobytes, fromlist, tolist, byteswap and buffer_info.
from array import array
a = array('h', [1, 256])
print(a.tobytes(), a.tolist())
a.byteswap()
print(a)
a.frombytes(b'\x03\x00')
a.frombytes(bytearray(b'\x04\x00'))
a.frombytes(memoryview(b'\x05\x00'))
print(a)
d = array('d', [1.0])
d.byteswap()
print(d.tobytes())
a.fromlist([7, 8])
print(a, a.buffer_info()[1], type(a.buffer_info()[0]).__name__)
b = array('i', [1])
for f, args in [(b.fromlist, ([2, 2**40],)), (b.fromlist, ((1,),)), (b.frombytes, (b'123',)),
                (b.frombytes, ('x',)), (b.append, ()), (b.append, (1, 2)), (b.tolist, (1,))]:
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e)
print(b)
