# bytes.hex() with and without separators.
print(b'\x00\x0f\xff'.hex())
print(b''.hex())
print(b'abc'.hex())
print(b'\x01\x02\x03\x04'.hex(':'))
print(b'\x01\x02\x03\x04'.hex('-', 2))
print(b'\x01\x02\x03\x04\x05'.hex(' ', 2))
print(b'\x01\x02\x03\x04\x05'.hex(' ', -2))
print(b'\xde\xad'.hex(b'|'))
print(bytearray(b'\xab\xcd').hex())
try:
    b'ab'.hex('::')
except ValueError as e:
    print(type(e).__name__, e)
