# mkdir makes a folder (mode given or not), rmdir removes an empty one; their errors.
# file: data.txt
#| hello
import os, sys
d = sys.path[0]
# The case file itself sits in the folder when run as a script: leave it out.
ls = lambda *a: sorted(n for n in os.listdir(*a) if not n.endswith(b'.py' if isinstance(n, bytes) else '.py'))
p = os.path.join(d, 'newdir')
os.mkdir(p)
print(os.path.isdir(p), ls(d))
os.mkdir(os.path.join(p, 'child'), 0o755)
os.mkdir(path=os.path.join(p, 'kw'), mode=0o700)
print(sorted(os.listdir(p)))
for call in [lambda: os.mkdir(p), lambda: os.rmdir(p), lambda: os.mkdir(os.path.join(d, 'a', 'b')),
             lambda: os.rmdir(os.path.join(d, 'nope')), lambda: os.rmdir(os.path.join(d, 'data.txt')),
             lambda: os.mkdir(os.path.join(d, 'data.txt')), lambda: os.mkdir(1),
             lambda: os.mkdir(p, 'x'), lambda: os.mkdir(), lambda: os.rmdir(None),
             lambda: os.mkdir(p.encode()), lambda: os.rmdir(b'\0')]:
    try:
        call()
        print('ok')
    except Exception as e:
        print(type(e).__name__, str(e).replace(d, 'D').replace(repr(d.encode())[2:-1], 'D'))
os.rmdir(os.path.join(p, 'child'))
os.rmdir(os.path.join(p, 'kw').encode())
os.rmdir(p)
print(os.path.exists(p), ls(d))
