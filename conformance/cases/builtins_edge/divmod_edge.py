# divmod() and //, % with every sign combination, bools, big ints, custom __divmod__/__rdivmod__, and error messages.
# requires: bigint
for a in (7, -7, 0):
    for b in (3, -3, 1, -1):
        q, r = divmod(a, b)
        print(f"divmod({a}, {b}) = ({q}, {r})", q == a // b, r == a % b, q * b + r == a)
print(divmod(True, True), divmod(10, True), divmod(False, 5))
print(divmod(2 ** 100, 7), divmod(-2 ** 100, 7), divmod(2 ** 100, -(2 ** 50)))
print(divmod(-1, 2 ** 70), divmod(1, -2 ** 70), divmod(10 ** 30, 10 ** 15))
class Money:
    def __init__(self, c):
        self.c = c
    def __divmod__(self, n):
        return Money(self.c // n), Money(self.c % n)
    def __rdivmod__(self, n):
        return ("r", n, self.c)
    def __repr__(self):
        return f"Money({self.c})"
print(divmod(Money(1001), 4), divmod(9, Money(2)))
for a, b in [(1, 0), (0, 0), (-5, 0), (2 ** 80, 0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
for a, b in [("7", 2), (7, "2"), (None, 1), ([], [])]:
    try:
        divmod(a, b)
    except TypeError as e:
        print("TypeError:", e)
for call in [lambda: divmod(1), lambda: divmod(1, 2, 3), lambda: divmod()]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
