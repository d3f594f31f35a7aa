# `bytes + instance` with no `__radd__` to answer: bytes words the TypeError.
class Plain:
    pass


class Adds:
    def __radd__(self, other):
        return 'radd ' + repr(other)


for left in [b'ab', bytearray(b'cd')]:
    try:
        print(left + Plain())
    except TypeError as e:
        print('TypeError', e)
    print(left + Adds())
    x = left
    try:
        x += Plain()
    except TypeError as e:
        print('TypeError', e)
