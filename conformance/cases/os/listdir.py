# listdir lists a folder's names (bytes for a bytes path, any path-like), and its errors.
# file: data.txt
#| hello
# file: sub/inner.txt
#| x
import os, sys
d = sys.path[0]
# The case file itself sits in the folder when run as a script: leave it out.
ls = lambda *a: sorted(n for n in os.listdir(*a) if not n.endswith(b'.py' if isinstance(n, bytes) else '.py'))
print(ls(d))
print(ls(d.encode()))
print(os.listdir(os.path.join(d, 'sub')), os.listdir(os.path.join(d, 'sub').encode()))
class P:
    def __fspath__(self):
        return os.path.join(d, 'sub')
print(os.listdir(P()), os.listdir(path=os.path.join(d, 'sub')))
print(type(os.listdir()).__name__, type(os.listdir(None)).__name__)
for bad in ['nope', b'nope', os.path.join(d, 'data.txt'), 1.5, [], 'a\0b', b'a\0b', P]:
    try:
        os.listdir(os.path.join(d, bad) if isinstance(bad, str) and bad != 'a\0b' else bad)
    except Exception as e:
        print(type(e).__name__, str(e).replace(d, 'D'))
for call in [lambda: os.listdir('.', '.'), lambda: os.listdir(pth='.')]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
