# Comprehensions iterate user iterators, __getitem__ sequences and generators the same way.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print([x for x in Countdown(3)], {x: x * x for x in Countdown(2)}, sorted({x for x in Countdown(4)}))
c = Countdown(3)
print([x for x in c], [x for x in c])
class Seq:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return chr(97 + i)
print([ch for ch in Seq()], "".join(ch.upper() for ch in Seq()), [i for i, _ in enumerate(Seq())])
def gen(n):
    for i in range(n):
        yield i * 3
print([x for x in gen(4) if x], sum(x for x in gen(3)), [(a, b) for a in gen(2) for b in gen(2)])
class Both:
    def __iter__(self):
        yield from "iter"
    def __getitem__(self, i):
        return "getitem"
print([x for x in Both()])
class NotIterable:
    pass
try:
    [x for x in NotIterable()]
except TypeError as e:
    print(type(e).__name__, e)
