# A memoryview is a context manager: `with` gives the view and releases it at exit.
with memoryview(b'ab') as m:
    print(m[0], m.tobytes())
print(repr(m).startswith('<released'))
try:
    len(m)
except ValueError as e:
    print(e)
x = memoryview(b'ab')
print(x.__enter__() is x, x.__exit__(None, None, None), x.__exit__(1, 2, 3, 4))
try:
    with memoryview(b'xy') as m2:
        raise KeyError('k')
except KeyError as e:
    print('propagated', e, repr(m2)[:10])
print(memoryview.__enter__, type(memoryview(b'').__exit__).__name__)
