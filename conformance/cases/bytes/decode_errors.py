# requires: unicode
# Decoding invalid bytes raises UnicodeDecodeError; errors= handlers.
try:
    b'\xff'.decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    b'ab\xc3'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
    print(e.start, e.end, e.reason, e.object)
try:
    b'a\x80'.decode('ascii')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    b'\xc3\x28'.decode()
except ValueError as e:
    print(type(e).__name__, e)
print(b'a\xffb'.decode('utf-8', 'ignore'))
print(ascii(b'a\xffb'.decode('utf-8', 'replace')))
print(ascii(b'a\xffb'.decode('utf-8', errors='backslashreplace')))
