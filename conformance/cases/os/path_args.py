# Path arguments: what each os call accepts, and CPython's TypeError and ValueError wording.
import os
for fn in ['listdir', 'stat', 'lstat', 'mkdir', 'rmdir', 'remove', 'unlink', 'chdir']:
    for bad in [1.5, [], {}, 'a\0b', b'a\0b', object]:
        try:
            getattr(os, fn)(bad)
        except Exception as e:
            print(fn, type(e).__name__, e)
class Bad:
    def __fspath__(self):
        return 3
for fn in ['listdir', 'stat', 'mkdir', 'remove']:
    try:
        getattr(os, fn)(Bad())
    except TypeError as e:
        print(fn, 'TypeError', e)
for fn in ['stat', 'lstat', 'remove', 'unlink', 'rmdir', 'mkdir', 'chdir']:
    try:
        getattr(os, fn)()
    except TypeError as e:
        print(fn, 'TypeError', e)
for fn in ['listdir', 'remove', 'rmdir', 'chdir']:
    try:
        getattr(os, fn)('.', '.')
    except TypeError as e:
        print(fn, 'TypeError', e)
