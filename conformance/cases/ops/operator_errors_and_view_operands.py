# Operators: a dict view's set operators take any iterable on the left; bytes % formats an
# instance; the errors of + and * name what CPython names.
k = {1: 'a', 2: 'b'}.keys()
i = {1: 'a'}.items()
print(sorted(b'ab' - k), sorted(b'ab' | k), sorted({} | k), sorted(bytearray(b'a') ^ k), sorted([1, 5] & k))
print(sorted({3: 4} | i, key=repr))
d = {'a': 1}
d |= {'b': 2}
print(d)
class K:
    pass
class B:
    def __bytes__(self):
        return b'B!'
print(b'%s' % B(), bytearray(b'<%b>') % B())
calls = [
    lambda: b'ab' % K(), lambda: b'%s' % K(), lambda: b'ab' + 1, lambda: bytearray(b'a') + K(),
    lambda: b'ab' + (1 + 2j), lambda: 2.5 * b'ab', lambda: None * bytearray(b'a'), lambda: b'ab' * K(),
    lambda: {} * b'ab', lambda: [1] * 1.5, lambda: 'a' + 1, lambda: (1,) + [2], lambda: k * 2,
]
for c in calls:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
for start, rhs in [({1: 2}, 'ab'), ({1}, [1]), (K(), 'ab'), (ValueError('x'), b'ab'), (3, 'ab'), (None, [1])]:
    x = start
    try:
        x *= rhs
        print(x)
    except Exception as e:
        print(type(e).__name__, e)
try:
    d |= k
except Exception as e:
    print(type(e).__name__, e)
