# Objects with only __getitem__ are iterable: indexes 0,1,2,... until IndexError.
class Squares:
    def __init__(self, n):
        self.n = n
        self.asked = []
    def __getitem__(self, i):
        self.asked.append(i)
        if i >= self.n:
            raise IndexError(i)
        return i * i
s = Squares(4)
print(list(s), s.asked)
for v in Squares(3):
    print('item', v)
print(sum(Squares(5)), 9 in Squares(4), 5 in Squares(4), sorted(Squares(3), reverse=True))
a, b, c = Squares(3)
print(a, b, c)
it = iter(Squares(2))
print(type(it).__name__, next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.args)
# A StopIteration from __getitem__ also ends iteration; other errors propagate.
class Boom:
    def __getitem__(self, i):
        if i == 2:
            raise KeyError('boom')
        return i
try:
    list(Boom())
except KeyError as e:
    print(type(e).__name__, e)
