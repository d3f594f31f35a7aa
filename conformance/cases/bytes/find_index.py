# find, rfind, index, rindex on bytes.
b = b'abcabc'
print(b.find(b'bc'), b.rfind(b'bc'), b.find(b'x'), b.rfind(b'x'))
print(b.find(98), b.rfind(99))
print(b.find(b'a', 1), b.find(b'a', 1, 3), b.find(b''), b.rfind(b''))
print(b.index(b'c'), b.rindex(b'c'), b.index(97, 2))
print(b.find(b'abc', -3))
try:
    b.index(b'x')
except ValueError as e:
    print(type(e).__name__, e)
try:
    b.rindex(120)
except ValueError as e:
    print(type(e).__name__, e)
try:
    b.find(300)
except ValueError as e:
    print(type(e).__name__, e)
try:
    b.find('a')
except TypeError as e:
    print(type(e).__name__, e)
