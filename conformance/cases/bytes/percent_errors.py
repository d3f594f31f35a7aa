# Errors from printf-style formatting of bytes.
tests = [
    lambda: b'%s' % 'text',
    lambda: b'%d' % b'1',
    lambda: b'%d %d' % (1,),
    lambda: b'%d' % (1, 2),
    lambda: b'%c' % 256,
    lambda: b'%c' % b'ab',
    lambda: b'%z' % 1,
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
