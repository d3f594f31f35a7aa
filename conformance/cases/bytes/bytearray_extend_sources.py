# bytearray.extend: bytes-likes add their bytes, other iterables their items (each a byte
# value), anything else is CPython's TypeError.

for v in [5, 'xy', 1.5, None, [1,'a'], [300], (x for x in [65,66]), b'cd', memoryview(b'ef')]:
    ba = bytearray(b'ab')
    try: ba.extend(v); print(ba)
    except Exception as e: print(type(e).__name__, e)

