# remove/unlink delete files, rename moves and replaces; errors name one or both paths.
# file: data.txt
#| hello
import os, sys
d = sys.path[0]
# The case file itself sits in the folder when run as a script: leave it out.
ls = lambda *a: sorted(n for n in os.listdir(*a) if not n.endswith(b'.py' if isinstance(n, bytes) else '.py'))
j = lambda *n: os.path.join(d, *n)
with open(j('a.txt'), 'w') as f:
    f.write('A')
with open(j('b.txt'), 'w') as f:
    f.write('BB')
os.rename(j('a.txt'), j('c.txt'))
print(ls(d))
os.rename(j('c.txt'), j('b.txt'))
print(ls(d), open(j('b.txt')).read())
os.rename(src=j('b.txt').encode(), dst=j('e.txt').encode())
os.remove(j('e.txt'))
with open(j('u.txt'), 'w') as f:
    f.write('')
os.unlink(path=j('u.txt').encode())
print(ls(d))
os.mkdir(j('dir'))
for call in [lambda: os.remove(j('nope')), lambda: os.unlink(j('nope')), lambda: os.remove(j('dir')),
             lambda: os.rename(j('nope'), j('x')), lambda: os.rename(j('nope').encode(), 'x'),
             lambda: os.rename(j('data.txt'), j('dir')), lambda: os.rename(1, 'x'),
             lambda: os.rename('x', 1.5), lambda: os.rename('x'), lambda: os.remove(),
             lambda: os.remove(3), lambda: os.unlink(None), lambda: os.remove('a\0')]:
    try:
        call()
        print('ok')
    except Exception as e:
        print(type(e).__name__, str(e).replace(d, 'D'))
os.rmdir(j('dir'))
print(ls(d))
