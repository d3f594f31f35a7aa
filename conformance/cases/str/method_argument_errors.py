# Every str method checks its arguments' types, as CPython's do.
s = 'a,b c'
calls = [
    lambda: s.split(1), lambda: s.rsplit(',', 'x'), lambda: s.split(''), lambda: s.join([1]),
    lambda: s.join(5), lambda: s.strip(1), lambda: s.lstrip(2), lambda: s.rstrip([]),
    lambda: s.replace(1, 'x'), lambda: s.replace('a', 2), lambda: s.replace('a', 'b', 'c'),
    lambda: s.startswith(1), lambda: s.endswith(('a', 1)), lambda: s.find(1), lambda: s.rfind(None),
    lambda: s.index('z'), lambda: s.count(2), lambda: s.partition(''), lambda: s.rpartition(3),
    lambda: s.center(), lambda: s.center(5, 'ab'), lambda: s.splitlines('x'), lambda: s.upper(1),
    lambda: s.isdigit(2), lambda: s.title(3), lambda: s.format(*[]) if '{}' in s else '{}'.format(),
    lambda: '{0}{1}'.format(1), lambda: '{x}'.format(), lambda: '{'.format(), lambda: '}'.format(),
    lambda: '{:d}'.format('x'), lambda: '{!z}'.format(1), lambda: '{0[1]}'.format([1]),
    lambda: s.zfill(), lambda: s.ljust('x'), lambda: s.encode(1), lambda: s.expandtabs('x'),
]
for f in calls:
    try:
        print(repr(f()))
    except (TypeError, ValueError, IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
print(s.split(',', 0), s.rsplit(None, 1), s.split(maxsplit=1), s.rsplit(sep=',', maxsplit=0))
print('a\tb'.expandtabs(4), 'x\ny\r\nz'.splitlines(True), '  '.split(), ''.split(','))
