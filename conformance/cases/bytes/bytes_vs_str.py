# bytes and str never compare equal.
print(b'a' == 'a', b'a' != 'a')
print(b'' == '')
print('a' in ['a'], b'a' in ['a'])
d = {b'k': 'bytes', 'k': 'str'}
print(len(d), d[b'k'], d['k'])
print(str(b'a') == "b'a'")
print(b'abc'.decode() == 'abc', 'abc'.encode() == b'abc')
try:
    'abc'.startswith(b'a')
except TypeError as e:
    print(type(e).__name__, e)
try:
    ''.join([b'a'])
except TypeError as e:
    print(type(e).__name__, e)
