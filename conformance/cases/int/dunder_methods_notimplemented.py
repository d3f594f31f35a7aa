# Calling int's dunder methods directly returns NotImplemented for unsupported operand types.
# requires: float
print(int.__add__(3, 4), (3).__sub__(5), (7).__floordiv__(2), (2).__pow__(10))
print((5).__add__(2.0), (5).__mul__("a"), (5).__truediv__(None))
print((5).__radd__(1), (5).__rsub__(1), (5).__rfloordiv__(17), (3).__rpow__(2))
print((5).__eq__(5), (5).__eq__(5.0), (5).__eq__("5"), (5).__lt__(6), (5).__lt__(6.0))
print((5).__ne__("x"), (1).__eq__(True), (5).__and__(3), (5).__or__(2.0))
print((-7).__neg__(), (-7).__abs__(), (7).__invert__(), (7).__pos__(), (7).__bool__(), (0).__bool__())
print((7).__index__(), (7).__int__(), (7).__float__(), (17).__mod__(5), (17).__divmod__(5))
print((5).__round__(), (15).__round__(-1), (5).__trunc__(), (5).__floor__(), (5).__ceil__())
print(int.__mul__(True, 3), type(int.__mul__(True, 3)).__name__)
try:
    int.__add__("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
print((3).__lshift__(2), (3).__rrshift__(16), (6).__xor__(3), (6).__rxor__(3))
