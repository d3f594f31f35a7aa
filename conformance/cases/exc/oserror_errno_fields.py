# OSError made with two or three arguments has errno, strerror and filename, and a str
# that shows them.
for e in (OSError(2, 'No such file'), OSError(13, 'Denied', 'f.txt'), OSError('plain'),
          OSError(), FileNotFoundError(2, 'gone', 'x')):
    print(e.errno, e.strerror, e.filename, str(e))
try:
    raise OSError(5, 'I/O error')
except OSError as e:
    print(e.errno, e)
