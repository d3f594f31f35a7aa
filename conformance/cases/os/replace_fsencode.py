# replace renames over an existing file; fsencode and fsdecode convert paths to bytes and str.
# file: data.txt
#| hello
import os, sys
d = sys.path[0]
j = lambda *n: os.path.join(d, *n)
with open(j('new.txt'), 'w') as f:
    f.write('new')
os.replace(j('new.txt'), j('data.txt'))
print(open(j('data.txt')).read(), os.path.exists(j('new.txt')))
for call in [lambda: os.replace(j('nope'), j('x')), lambda: os.replace(1, 'x'),
             lambda: os.replace('x', None), lambda: os.replace('x')]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, str(e).replace(d, 'D'))
class P:
    def __fspath__(self):
        return 'p'
print(os.fsencode('a/é'), os.fsencode(b'x'), os.fsencode(P()))
print(os.fsdecode(b'a/\xc3\xa9'), os.fsdecode('y'), os.fsdecode(P()))
for bad in [1, None, bytearray(b'x')]:
    for f in [os.fsencode, os.fsdecode]:
        try:
            f(bad)
        except TypeError as e:
            print('TypeError', e)
