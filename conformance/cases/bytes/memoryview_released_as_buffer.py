# A released memoryview given where a buffer is read: ValueError where CPython asks for the
# buffer, the consumer's own TypeError elsewhere.
m = memoryview(b'ab'); m.release()
for expr in ["int.from_bytes(m, 'big')", "b'ab'.startswith(m)", "b'ab' == m", "bytearray(b'x') + m", "b'x'.join([m])", "m + b''", "bytearray(2).__setitem__(slice(0,2), m)", "b'a' in m", "m in [m]", "str(m, 'ascii')", "float(m)", "b'%s' % m", "sorted([1]) and {m: 1}", "m.__len__()", "memoryview.__getitem__(m, 0)", "reversed(m)", "m[0:0]", "'%r' % m == repr(m)", "bytes(memoryview(b'ab')[::2]) == b'a'", "b'abc'.find(m)", "bytearray(b'ab').extend(m)"]:
    try: print(expr, repr(eval(expr)))
    except Exception as e: print(expr, type(e).__name__, e)
