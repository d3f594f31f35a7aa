# pack_into writes into a writable buffer at an offset.
import struct, array
buf = bytearray(8)
struct.pack_into('<hh', buf, 2, 1, -1)
print(buf)
struct.pack_into('<h', buf, -2, 0x4142)
print(buf)
a = array.array('b', [0] * 4)
struct.pack_into('<bb', a, 1, 7, 8)
print(a)
m = memoryview(bytearray(6))
struct.pack_into('>I', m, 1, 0x01020304)
print(m.obj)
sub = bytearray(6)
struct.pack_into('<h', memoryview(sub)[2:], 0, 0x0102)
print(sub)
for off in [5, 7, -1, -10, 2**70]:
    try:
        struct.pack_into('<i', bytearray(6), off, 1)
    except Exception as e:
        print(off, type(e).__name__, e)
for target in [b'123456', '123456', memoryview(b'1234')]:
    try:
        struct.pack_into('<h', target, 0, 1)
    except TypeError as e:
        print(type(e).__name__, e)
for args in [(), ('h',), ('h', bytearray(2)), ('h', bytearray(2), 'x', 1)]:
    try:
        struct.pack_into(*args)
    except Exception as e:
        print(type(e).__name__, e)
