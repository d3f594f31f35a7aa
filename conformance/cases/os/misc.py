# os's constants, strerror, fspath, urandom, getpid, uname and error, with their argument errors.
import os
print(os.name, repr(os.sep), repr(os.curdir), repr(os.pardir), repr(os.linesep), repr(os.extsep))
print(os.altsep, repr(os.pathsep), repr(os.devnull), os.error is OSError)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
for n in [0, 1, 2, 13, 17, 22, 39, 110, 200, -1]:
    print(n, os.strerror(n))
class P:
    def __init__(self, v):
        self.v = v
    def __fspath__(self):
        return self.v
print(os.fspath('a'), os.fspath(b'b'), os.fspath(P('c')), os.fspath(P(b'd')), os.fspath(path='e'))
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)), len(os.urandom(True)))
print(type(os.getpid()).__name__, os.getpid() == os.getpid())
u = os.uname()
print(type(u).__name__, len(u), u.sysname == u[0], u.machine == u[4], all(isinstance(x, str) for x in u))
print(repr(u).startswith('posix.uname_result(sysname='))
for call in [lambda: os.strerror('x'), lambda: os.strerror(10**30), lambda: os.strerror(),
             lambda: os.fspath(1), lambda: os.fspath(bytearray(b'x')), lambda: os.fspath(P(1)),
             lambda: os.fspath(P), lambda: os.urandom(-1), lambda: os.urandom('x'),
             lambda: os.urandom(1.5), lambda: os.urandom(), lambda: os.getpid(1),
             lambda: os.uname(1), lambda: os.strerror(code=1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
