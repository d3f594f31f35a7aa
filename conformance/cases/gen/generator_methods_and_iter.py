class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

    def evens(self):
        for v in self:
            if v % 2 == 0:
                yield v

c = Countdown(5)
print(list(c))
print(list(c))
print(list(c.evens()))
it = iter(c)
print(type(it).__name__, next(it), next(it))
print(3 in c, 9 in c)
print(sorted(c))
a, b, *rest = c
print(a, b, rest)

class Tree:
    def __init__(self, items):
        self.items = items

    @staticmethod
    def gen_static(n):
        yield from range(n)

    @classmethod
    def gen_cls(cls):
        yield cls.__name__

print(list(Tree.gen_static(3)), list(Tree.gen_cls()))
