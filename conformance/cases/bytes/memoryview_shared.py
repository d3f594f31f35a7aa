# A memoryview of a bytearray shares its memory; writes show through both ways.
ba = bytearray(b'abcdef')
m = memoryview(ba)
print(m.readonly)
m[0] = 65
print(ba)
ba[1] = 66
print(m[1], m.tobytes())
sub = m[2:5]
sub[0] = 67
sub[1:3] = b'DE'
print(ba, sub.tobytes(), len(sub))
step = m[::2]
step[2] = 122
print(ba, step.tolist())
try:
    m[0] = 256
except ValueError as e:
    print(type(e).__name__, e)
try:
    m[0:2] = b'xyz'
except ValueError as e:
    print(type(e).__name__, e)
