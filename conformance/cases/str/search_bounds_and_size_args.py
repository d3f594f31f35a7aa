# Start/end bounds of the search methods, and the checks on width arguments.
s = 'hello'
print(s.find('', 10), s.find('', 5), s.find('', 4), s.rfind('', 10), s.count('', 10), s.count('', 5))
print(s.startswith('', 10), s.startswith('', 5), s.endswith('', 6), s.find('l', -2), s.find('l', 1, -2))
print(s.find('l', None, None), s.count('l', -100, 100), s.index('o', -1))
for bad in [lambda: s.find('b', 1.0), lambda: s.count('l', 'x'), lambda: s.startswith('h', []),
            lambda: s.zfill('5'), lambda: s.zfill(2**70), lambda: s.center(2**70),
            lambda: s.zfill(-2**70),
            lambda: s.ljust(5.0), lambda: s.rjust(3, 'ab'), lambda: s.zfill(None)]:
    try:
        print(bad())
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(s.center(-5), '-5'.zfill(4), '+x'.zfill(3), s.rjust(7, '*'), s.center(8, '.'))
class W:
    def __index__(self):
        return 8
print(s.zfill(W()), s.ljust(W(), '-'), s.find('l', W().__index__() - 6))
