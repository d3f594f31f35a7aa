# A released memoryview refuses every operation with ValueError; releasing again is allowed.
m = memoryview(b'Hello')
print(m.release(), m.release())
print(repr(m).startswith('<released memory at 0x'), str(m).startswith('<released memory'))
checks = [
    lambda: m.obj, lambda: m.nbytes, lambda: m.readonly, lambda: m.itemsize,
    lambda: m.format, lambda: m.ndim, lambda: m.shape, lambda: m.strides,
    lambda: m.suboffsets, lambda: m.c_contiguous, lambda: m.f_contiguous,
    lambda: m.contiguous, lambda: len(m), lambda: m[0], lambda: m[0:1],
    lambda: m.tobytes(), lambda: m.tolist(), lambda: m.hex(), lambda: m.toreadonly(),
    lambda: m.cast('B'), lambda: bytes(m), lambda: bytearray(m), lambda: memoryview(m),
    lambda: hash(m), lambda: 1 in m, lambda: list(m), lambda: tuple(m), lambda: bool(m),
    lambda: m.__enter__(),
]
for i, f in enumerate(checks):
    try:
        print(i, f())
    except Exception as e:
        print(i, type(e).__name__, e)
print(m == m, m == b'Hello', m != m)
w = memoryview(bytearray(b'ab'))
it = iter(w)
print(next(it))
w.release()
try:
    next(it)
except ValueError as e:
    print('next', e)
try:
    w[0] = 1
except ValueError as e:
    print('store', e)
