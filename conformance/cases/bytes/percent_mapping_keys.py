# bytes %-formatting from a mapping: keys are bytes, each conversion (%s, %c with its
# range check) applies to the looked-up value, widths and flags still pad, and a missing
# key or an unclosed key is the error CPython gives.
for f in [lambda: b'%(a)s' % {b'b': 1}, lambda: b'%(a)s %(b)c' % {b'a': b'x', b'b': 300}, lambda: b'%(a)5s|%(a)-4c|' % {b'a': b'q'}, lambda: b'%(a' % {b'a': 1}]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
