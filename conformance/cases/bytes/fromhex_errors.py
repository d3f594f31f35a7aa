# bytes.fromhex errors.
for s in ['abc', 'zz', '0 1', '12 3', 'a', '0x12']:
    try:
        print(bytes.fromhex(s))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    bytes.fromhex(b'12')
except TypeError as e:
    print(type(e).__name__, e)
