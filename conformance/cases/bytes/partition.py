# partition and rpartition on bytes.
print(b'a=b=c'.partition(b'='))
print(b'a=b=c'.rpartition(b'='))
print(b'abc'.partition(b'x'))
print(b'abc'.rpartition(b'x'))
print(b'abc'.partition(b'abc'))
print(bytearray(b'k:v').partition(b':'))
try:
    b'abc'.partition(b'')
except ValueError as e:
    print(type(e).__name__, e)
try:
    b'abc'.partition('b')
except TypeError as e:
    print(type(e).__name__, e)
