# chdir changes the folder relative paths start from; getcwd/getcwdb report it.
# file: data.txt
#| hello
# file: sub/inner.txt
#| inner
import os, sys
d = sys.path[0]
# The case file itself sits in the folder when run as a script: leave it out.
ls = lambda *a: sorted(n for n in os.listdir(*a) if not n.endswith(b'.py' if isinstance(n, bytes) else '.py'))
old = os.getcwd()
print(type(old).__name__, type(os.getcwdb()).__name__, os.getcwdb() == old.encode())
try:
    os.chdir(d)
    print(os.getcwd() == d, ls(), ls('.'))
    print(open('data.txt').read().strip(), os.path.exists('sub/inner.txt'), os.stat('data.txt').st_size)
    os.chdir('sub')
    print(os.getcwd() == os.path.join(d, 'sub'), os.listdir(), os.path.abspath('x') == os.path.join(d, 'sub', 'x'))
    os.chdir(b'..')
    print(os.getcwd() == d)
    for bad in ['nope', 'data.txt', '', 1.5, None]:
        try:
            os.chdir(bad)
        except Exception as e:
            print(type(e).__name__, e)
    print(os.getcwd() == d)
finally:
    os.chdir(old)
print(os.getcwd() == old)
for call in [lambda: os.getcwd(1), lambda: os.getcwdb(x=1), lambda: os.chdir()]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
