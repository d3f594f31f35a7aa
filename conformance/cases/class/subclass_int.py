# int subclasses: isinstance, extra methods, arithmetic returning plain int, overridden dunders.
class MyInt(int):
    def double(self):
        return self * 2
    def __repr__(self):
        return 'MyInt(' + int.__repr__(self) + ')'
m = MyInt(7)
print(m, repr(m), str(m), m.double(), type(m.double()).__name__)
print(isinstance(m, int), isinstance(m, MyInt), issubclass(MyInt, int))
for r in (m + 1, 1 + m, m * m, -m, abs(m), m // 2, m << 1, m & 3):
    print(type(r).__name__, r)
print(m == 7, hash(m) == hash(7), {7: 'seven'}[m], [10, 20, 30, 40, 50, 60, 70, 80][m])
print(MyInt('12'), MyInt('ff', 16), MyInt(), int(m), type(int(m)).__name__)
class Even(int):
    def __add__(self, o):
        return Even(int(self) + o + 1000)
e = Even(2)
print(e + 1, type(e + 1).__name__, 1 + e, type(1 + e).__name__)
m.attr = 'allowed'
print(m.attr, sorted(vars(m)))
