# cast() checks its format, the view and the shape with CPython's errors.
m = memoryview(b'Hello')
cases = [
    ('B', [5]), ('B',), ('B', (5,)), ('B', None), ('B', -1), ('B', 3), ('B', [1]),
    ('B', []), ('B', [5.0]), ('B', [-5]), ('B', [0]), ('B', [True]), ('B', [2**70]),
    (None,), ('',), ('ab',), (b'ab',), ('H',), ('x',), ('<B',), ('@B',), ('e',),
    ('H', [2]), ('c',), ('?',), ('d',),
]
for args in cases:
    try:
        r = m.cast(*args)
        print(args, r.format, r.shape, r.tolist())
    except Exception as e:
        print(args, type(e).__name__, e)
for call in [lambda: m.cast(), lambda: m.cast('B', [5], 1), lambda: m.cast('B', bogus=1),
             lambda: m.cast(format='c', shape=[5]).tolist(),
             lambda: memoryview.cast(None, 'B'), lambda: m[::2].cast('B'),
             lambda: memoryview(b'abcd').cast('H').cast('h'),
             lambda: memoryview(b'abcd').cast('H').cast('c').tolist(),
             lambda: memoryview(b'').cast('B', [1]), lambda: memoryview(b'').cast('H').tolist(),
             lambda: memoryview(bytearray(b'ab')).cast('H', [1]).tolist()]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
