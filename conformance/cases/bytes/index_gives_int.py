# Indexing bytes gives ints; out-of-range and bad index types raise.
b = b'abc'
print(b[0], b[1], b[2])
print(b[-1], b[-3])
print(type(b[0]).__name__)
print(b'\xff'[0])
print(b[True])
try:
    b[3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b[-4]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b['0']
except TypeError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
