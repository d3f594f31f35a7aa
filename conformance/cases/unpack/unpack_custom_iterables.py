# Checks unpacking objects that implement __iter__, or only the __getitem__ sequence protocol.
class Three:
    def __iter__(self):
        return iter(["x", "y", "z"])

a, b, c = Three()
print(a, b, c)
first, *rest = Three()
print(first, rest)

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10

p, q, r, s = Seq()
print(p, q, r, s)
print([*Seq()])
try:
    p, q = Seq()
except ValueError as e:
    print(type(e).__name__, e)

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

x, y, z = Countdown(3)
print(x, y, z)
*all_, = Countdown(5)
print(all_)

class BadIter:
    def __iter__(self):
        return 5

try:
    a, b = BadIter()
except TypeError as e:
    print(type(e).__name__, e)
