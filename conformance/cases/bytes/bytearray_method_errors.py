# Errors from bytearray mutating methods.
ba = bytearray(b'ab')
tests = [
    lambda: ba.append(256),
    lambda: ba.append(b'c'),
    lambda: ba.extend(5),
    lambda: ba.extend('xy'),
    lambda: ba.remove(120),
    lambda: ba.pop(5),
    lambda: bytearray().pop(),
    lambda: ba.insert(0, -1),
]
for t in tests:
    try:
        print(t())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(ba)
