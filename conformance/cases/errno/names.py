# errno's constants have Linux's numbers; aliases share a number; errorcode maps back to a name.
import errno
names = sorted(n for n in dir(errno) if n.startswith('E'))
print(len(names))
for n in names:
    print(n, getattr(errno, n), errno.errorcode[getattr(errno, n)])
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.EDEADLOCK == errno.EDEADLK, errno.ENOTSUP == errno.EOPNOTSUPP)
