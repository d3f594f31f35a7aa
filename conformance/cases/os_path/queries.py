# exists, isfile, isdir, islink, lexists, getsize and samefile on a case's files.
# file: data.txt
#| hello
# file: sub/inner.txt
#| x
import os, sys
p = os.path
d = sys.path[0]
f = p.join(d, 'data.txt')
s = p.join(d, 'sub')
for x in [f, s, p.join(d, 'nope'), f + '/x', '', 'a\0b', f.encode(), s.encode()]:
    print(p.exists(x), p.isfile(x), p.isdir(x), p.islink(x), p.lexists(x))
print(p.getsize(f), p.getsize(f.encode()), p.samefile(f, f.encode()), p.samefile(f, s))
print(type(p.getmtime(f)).__name__, p.getmtime(f) == os.stat(f).st_mtime)
print(p.ismount('/'), p.ismount(s), p.ismount(p.join(d, 'nope')))
try:
    p.getsize(p.join(d, 'nope'))
except OSError as e:
    print(type(e).__name__, e.errno)
for f in [p.exists, p.isfile, p.isdir]:
    try:
        print(f(None))
    except TypeError as e:
        print('TypeError', e)
