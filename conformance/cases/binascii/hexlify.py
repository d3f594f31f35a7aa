# hexlify and b2a_hex, with separators.
import binascii
print(binascii.hexlify(b'\x01\xab\xff'), binascii.b2a_hex(b''), binascii.hexlify(bytearray(b'ab')))
print(binascii.hexlify(memoryview(b'xyz')), binascii.hexlify(data=b'hi'))
print(binascii.hexlify(b'abcdef', '-'), binascii.hexlify(b'abcdef', b':', 2), binascii.hexlify(b'abcdef', '-', -4))
print(binascii.b2a_hex(b'abcde', sep='.', bytes_per_sep=2), binascii.hexlify(b'', '-'), binascii.hexlify(b'a', '-', 0))
for args in [('abc',), (b'ab', 'xx'), (b'ab', 1), (b'ab', '-', 'x'), (b'ab', '-', 2**40), (b'a', b'-', 1, 1), (), (5,)]:
    try:
        print(binascii.hexlify(*args))
    except Exception as e:
        print(type(e).__name__, e)
