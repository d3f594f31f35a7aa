# errorcode is a plain dict from number to name, one entry per number; OSError subclasses follow errno.
import errno
print(type(errno.errorcode).__name__, len(errno.errorcode))
print(sorted(errno.errorcode)[:10], max(errno.errorcode))
print(errno.errorcode[errno.ENOENT], errno.errorcode[2], errno.errorcode.get(0))
print(all(getattr(errno, name) == n for n, name in errno.errorcode.items()))
for n in [errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.ENOTDIR, errno.EISDIR,
          errno.EAGAIN, errno.EPIPE, errno.ECONNRESET, errno.ETIMEDOUT, errno.ESRCH, errno.EINVAL]:
    e = OSError(n, 'msg')
    print(errno.errorcode[n], type(e).__name__, e.errno == n)
try:
    errno.nope
except AttributeError as e:
    print('AttributeError', e)
print(errno.__name__)
