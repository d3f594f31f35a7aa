# Ordering comparisons without support raise TypeError naming the operator and both types.
class A:
    pass
class B:
    pass
a = A()
for sym, f in (('<', lambda x, y: x < y), ('<=', lambda x, y: x <= y),
               ('>', lambda x, y: x > y), ('>=', lambda x, y: x >= y)):
    for left, right in ((a, A()), (a, B()), (a, 1), ('s', a)):
        try:
            f(left, right)
        except TypeError as e:
            print(sym, type(e).__name__, e)
print(a == A(), a != A(), a == a, a != a)
try:
    sorted([A(), A()])
except TypeError as e:
    print(type(e).__name__, e)
