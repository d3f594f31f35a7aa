# expanduser replaces a leading ~ with $HOME; expandvars replaces $NAME and ${NAME}.
import os, os.path as p
os.environ['HOME'] = '/home/someone/'
os.environ['UPY_V'] = 'val'
for s in ['~', '~/x', 'x/~', '~nosuchuser_upy/a', '', 'a~']:
    print(repr(s), repr(p.expanduser(s)), repr(p.expanduser(s.encode())))
for s in ['$UPY_V', '${UPY_V}/x', 'a$UPY_Vb', '$UPY_NOPE', '${UPY_NOPE}', '$', '${', '${UPY_V', 'no vars', '$$UPY_V', '$UPY_V.x']:
    print(repr(s), repr(p.expandvars(s)), repr(p.expandvars(s.encode())))
for f in [p.expanduser, p.expandvars]:
    try:
        f(3)
    except TypeError as e:
        print('TypeError', e)
