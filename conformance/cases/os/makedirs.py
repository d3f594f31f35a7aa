# makedirs makes every missing folder on the way; exist_ok lets the last one exist already.
# file: data.txt
#| hello
import os, sys
d = sys.path[0]
# The case file itself sits in the folder when run as a script: leave it out.
ls = lambda *a: sorted(n for n in os.listdir(*a) if not n.endswith(b'.py' if isinstance(n, bytes) else '.py'))
j = lambda *n: os.path.join(d, *n)
os.makedirs(j('a', 'b', 'c'))
print(os.path.isdir(j('a', 'b', 'c')))
os.makedirs(j('a', 'b', 'c'), exist_ok=True)
os.makedirs(j('a', 'x', 'y') + '/')
os.makedirs(j('a', 'b', 'd').encode(), 0o755)
os.makedirs(j('a', 'e', '.', 'f'))
print(sorted(os.listdir(j('a'))), sorted(os.listdir(j('a', 'b'))))
for call in [lambda: os.makedirs(j('a', 'b')), lambda: os.makedirs(j('data.txt'), exist_ok=True),
             lambda: os.makedirs(j('data.txt', 'sub')), lambda: os.makedirs(1),
             lambda: os.makedirs()]:
    try:
        call()
        print('ok')
    except Exception as e:
        print(type(e).__name__, str(e).replace(d, 'D'))
for p in ['a/b/c', 'a/b/d', 'a/b', 'a/x/y', 'a/x', 'a/e/f', 'a/e', 'a']:
    os.rmdir(j(p))
print(ls(d))
