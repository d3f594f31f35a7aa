# The operator methods of int and float called directly: an operand higher up the numeric
# tower (or not a number) gets NotImplemented, so the other side's reflected method can
# answer; __divmod__, __round__, __trunc__, __floor__ and __ceil__ exist on both.
print((5).__add__(2.0), (5).__mul__("a"), (5).__sub__(True), (2.5).__add__(1))
print((5).__eq__(5.0), (5.0).__eq__(5), (5).__lt__(6.0), (5.5).__lt__(6), (5).__eq__("5"))
print((1).__eq__(True), (2).__gt__(False), (1.5).__ge__(1j) if False else "skip")
print((17).__divmod__(5), (17).__rdivmod__(5), (7.5).__divmod__(2), (2).__divmod__(0.5))
print((7).__divmod__(2.0), (7.0).__rdivmod__(2))
print((15).__round__(-1), (2.675).__round__(2), (2.5).__round__(), (7).__round__())
print((2.7).__trunc__(), (-2.7).__trunc__(), (-2.5).__floor__(), (-2.5).__ceil__(), (9).__floor__())
for f in [lambda: (1.0).__floor__() if False else float("inf").__floor__(), lambda: float("nan").__ceil__(),
          lambda: (5).__divmod__(0)]:
    try:
        print(f())
    except (OverflowError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
class Meters:
    def __init__(self, v):
        self.v = v
    def __radd__(self, other):
        return "radd from " + type(other).__name__
print(1 + Meters(2), 1.5 + Meters(2))
print(sum([1, 2.5, 3]), 3 * 1.5, divmod(-7, 2.0))
