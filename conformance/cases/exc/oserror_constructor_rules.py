# OSError picks the subclass its errno names, keeps a filename out of args, and shows the
# filenames in its str.
for args in [(2, 'No such file'), (13, 'Denied', 'f.txt'), (17, 'Exists', 'a', None, 'b'),
             (2, 'x', None), (999, 'odd'), ('x',), (), (1, 2, 3, 4, 5, 6), (2.0, 'float errno'),
             (True, 'bool errno')]:
    e = OSError(*args)
    print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2, repr(str(e)))
e = FileNotFoundError(2, 'gone', 'x')
print(type(e).__name__, e.args, e.filename, str(e), repr(e))
e = OSError(5, 'io')
e.filename = 'late'
e.errno = 6
print(str(e), e.errno)
print(isinstance(OSError(11, 'again'), BlockingIOError), type(OSError(111, 'r')).__name__)
try:
    raise OSError(2, 'missing', 'p')
except FileNotFoundError as err:
    print('caught', err)
