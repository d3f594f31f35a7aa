# crc32 and crc_hqx, with running values.
import binascii
print(binascii.crc32(b''), binascii.crc32(b'hello'), binascii.crc32(b'hello', 1), binascii.crc32(b'hello', -1))
print(binascii.crc32(b'hello', 2**40), binascii.crc32(b'hello', 2**100), binascii.crc32(bytearray(b'abc')))
print(binascii.crc32(b'world', binascii.crc32(b'hello ')) == binascii.crc32(b'hello world'))
print(binascii.crc_hqx(b'', 0), binascii.crc_hqx(b'hello', 0), binascii.crc_hqx(b'hello', 0xffff))
print(binascii.crc_hqx(b'hello', 2**20), binascii.crc_hqx(b'hello', -1), binascii.crc_hqx(memoryview(b'123456789'), 0))
print(binascii.crc32(b'123456789'), binascii.crc32(bytes(range(256))))
for f, args, kw in [(binascii.crc32, (), {}), (binascii.crc32, (b'', 1, 2), {}), (binascii.crc32, (), {'data': b''}),
                    (binascii.crc32, ('x',), {}), (binascii.crc32, (b'x', 'y'), {}), (binascii.crc_hqx, (b'x',), {}),
                    (binascii.crc_hqx, (1, 2), {})]:
    try:
        f(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
