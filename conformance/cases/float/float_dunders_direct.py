# Calling float dunder methods directly: NotImplemented for foreign types, results for numbers.
# requires: float
print((1.5).__add__(2), (1.5).__add__("x"), (1.5).__radd__(2), (1.5).__mul__([1]))
print((7.5).__floordiv__(2), (7.5).__mod__(2), (7.5).__divmod__(2), (7.5).__rtruediv__(15))
print((2.0).__pow__(3), (2.0).__rpow__(3), (2.0).__eq__(2), (2.0).__eq__("2"), (2.0).__lt__(3))
print((2.0).__lt__("a"), (0.0).__bool__(), (-0.0).__bool__(), (2.5).__neg__(), (-2.5).__abs__())
print((2.7).__int__(), (-2.7).__int__(), (2.7).__trunc__(), (2.5).__round__(), (3.5).__round__())
print((2.7).__floor__(), (-2.7).__floor__(), (2.1).__ceil__(), (-2.1).__ceil__(), (2.675).__round__(2))
print(float.__add__(1.0, True), float.__sub__(5.0, 2), float.__truediv__(1.0, 4))
try:
    float.__add__(1, 2.0)
except TypeError as e:
    print(type(e).__name__, e)
print((1.0).__truediv__(4), (5.0).__rmod__(12), (5.0).__rfloordiv__(12))
print((1e308).__mul__(10), (3.0).__hash__() == hash(3), (0.5).__repr__(), (0.5).__str__())
