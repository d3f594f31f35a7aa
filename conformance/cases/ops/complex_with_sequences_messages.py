# A complex number meeting a sequence: the sequence's type words the TypeError.
tests = [
    lambda: b'ab' + 1j,
    lambda: bytearray(b'ab') + 2j,
    lambda: 'ab' + 1j,
    lambda: [1] + 1j,
    lambda: (1,) + 1j,
    lambda: 1j + b'ab',
    lambda: 1j + 'ab',
    lambda: 'ab' * 1j,
    lambda: 1j * [1],
    lambda: b'ab' - 1j,
]
for t in tests:
    try:
        print(repr(t()))
    except TypeError as e:
        print('TypeError', e)
