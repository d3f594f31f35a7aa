# `%` takes any subscriptable argument but a tuple or str as a mapping: `%(key)s` subscripts it
# and unused arguments are no error.
for args in [[], [1], {}, {'a': 1}, (), 'x', 5, range(3), (1,)]:
    for fmt in ['abc', '%s', '%(a)s', '%%']:
        try:
            print(repr(fmt), repr(args), repr(fmt % args))
        except Exception as e:
            print(repr(fmt), repr(args), type(e).__name__, e)
