# slice objects: attributes, indices(), use as subscripts.
s = slice(1, 5, 2)
print(s.start, s.stop, s.step)
print(s.indices(10), s.indices(3))
print(slice(5).start, slice(5).stop, slice(5).step)
print(slice(None, None, -1).indices(4))
print(slice(-3, None).indices(10), slice(-100, 100).indices(5))
print(list(range(10))[s], 'abcdefg'[slice(None, None, 3)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
print(repr(slice(1, None, 'x')))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
