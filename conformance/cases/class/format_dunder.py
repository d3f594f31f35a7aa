# format()/f-strings/str.format pass the spec to __format__; default object format rejects specs.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == '':
            return '$%d.%02d' % divmod(self.cents, 100)
        if spec == 'c':
            return str(self.cents) + 'c'
        return format(self.cents / 100, spec)
    def __str__(self):
        return 'Money'
m = Money(12345)
print(format(m), format(m, 'c'), format(m, '.1f'), format(m, '>10.2f'))
print(f'{m}|{m:c}|{m:08.3f}|{m!s}|{m!s:>8}')
print('{0} {0:c} {1:^9}'.format(m, Money(5)))
width = 7
print(f'{m:{width}.1f}')
class Plain:
    def __str__(self): return 'plain'
print(format(Plain()), f'{Plain()}', '{}'.format(Plain()))
try:
    format(Plain(), 'x')
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec): return 1
try:
    f'{BadFormat()}'
except TypeError as e:
    print(type(e).__name__, e)
