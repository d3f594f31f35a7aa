# float subclasses keep extra methods and attributes while arithmetic returns plain floats.
# requires: float
class Money(float):
    def cents(self):
        return int(round(self * 100))
    def __repr__(self):
        return "Money(%s)" % float.__repr__(self)
m = Money(2.5)
print(m, repr(m), str(m), m.cents())
print(isinstance(m, float), type(m + 1).__name__, type(-m).__name__, type(m * m).__name__)
print(m == 2.5, m > 2, hash(m) == hash(2.5), int(m), round(m))
print(Money("1.25"), Money(), Money(3))
print(m.is_integer(), Money(4).is_integer(), m.real, type(m.real).__name__)
m.note = "tagged"
print(m.note)
class Celsius(float):
    def __new__(cls, v):
        return super().__new__(cls, max(v, -273.15))
print(Celsius(-500), Celsius(20))
class Pos(float):
    def __add__(self, o):
        return Pos(abs(float(self) + o))
print(Pos(1) + -5, type(Pos(1) + -5).__name__, -5 + Pos(1), type(-5 + Pos(1)).__name__)
print(sorted([Money(3), 1.5, Money(-1)]))
print(f"{Money(1.5):.3f}", "%.1f" % Money(2.25), format(Money(7), "e"))
