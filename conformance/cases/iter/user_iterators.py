# User classes implementing __iter__/__next__ drive for loops, builtins and unpacking.
class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), sum(Count(4)), max(Count(5)), sorted(Count(3), reverse=True))
print(tuple(Count(2)), set(Count(3)) == {1, 2, 3}, dict(zip(Count(2), "ab")))
a, b, *c = Count(5)
print(a, b, c)
print([x * 2 for x in Count(3)], 2 in Count(3), 9 in Count(3))
c = Count(4)
for x in c:
    if x == 2:
        break
print(list(c), next(c, "empty"))
class Iterable:
    def __iter__(self):
        return Count(2)
it = Iterable()
print(list(it), list(it), list(enumerate(it)), list(zip(it, it)))
class Gen:
    def __iter__(self):
        yield "g"
        yield "h"
print(list(Gen()), "".join(Gen()), list(map(str.upper, Gen())))
class Stops:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("value")
print(list(Stops()), [x for x in Stops()], next(Stops(), "def"))
class Raises:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("inside next")
try:
    list(Raises())
except ValueError as e:
    print(type(e).__name__, e)
