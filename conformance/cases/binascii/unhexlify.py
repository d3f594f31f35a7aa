# unhexlify and a2b_hex, from bytes or ASCII str.
import binascii
print(binascii.unhexlify(b'01abFF'), binascii.unhexlify('01ab'), binascii.a2b_hex(bytearray(b'00')))
print(binascii.a2b_hex(''), binascii.unhexlify(memoryview(b'7a')))
for args in [(b'0',), (b'0g',), ('é1',), (5,), (), (b'', 1), ('zz',)]:
    try:
        print(binascii.unhexlify(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    binascii.unhexlify(hexstr=b'00')
except TypeError as e:
    print(type(e).__name__, e)
print(binascii.unhexlify(binascii.hexlify(bytes(range(256)))) == bytes(range(256)))
