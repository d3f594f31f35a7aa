# Item assignment on a bytearray.
ba = bytearray(b'abc')
ba[0] = 65
ba[-1] = 0x43
print(ba)
ba[1] = True
print(ba)
for idx, val in [(3, 1), (0, 256), (0, -1), (0, b'x'), ('0', 1)]:
    try:
        ba[idx] = val
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(ba)
