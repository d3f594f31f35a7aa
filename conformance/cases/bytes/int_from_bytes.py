# int.from_bytes with both byte orders and signed=.
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x04\x00', 'little'))
print(int.from_bytes(b'\xff\xff', 'big'), int.from_bytes(b'\xff\xff', 'big', signed=True))
print(int.from_bytes(b'\x80', 'little', signed=True), int.from_bytes(b'\x7f', 'little', signed=True))
print(int.from_bytes(b'', 'big'), int.from_bytes(b'', 'little', signed=True))
print(int.from_bytes([1, 2], 'big'), int.from_bytes(bytearray(b'\x01\x00'), 'little'))
print(int.from_bytes(b'\x00\x00\x01', byteorder='big'))
print(int.from_bytes(b'\x01\x02'))
n = -12345
print(int.from_bytes(n.to_bytes(4, 'little', signed=True), 'little', signed=True))
try:
    int.from_bytes('ab', 'big')
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.from_bytes(b'a', 'sideways')
except ValueError as e:
    print(type(e).__name__, e)
