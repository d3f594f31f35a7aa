# User iterators with __iter__/__next__ in for loops, list(), sum(), unpacking and next().
class Countdown:
    def __init__(self, start):
        self.cur = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1
for x in Countdown(3):
    print('loop', x)
print(list(Countdown(4)), sum(Countdown(10)), max(Countdown(5)))
a, *rest = Countdown(4)
print(a, rest)
c = Countdown(2)
print(next(c), next(c), next(c, 'done'))
print(list(c), [x * 2 for x in Countdown(3)], dict.fromkeys(Countdown(2)))
# An iterable whose __iter__ returns a fresh iterator can be looped repeatedly.
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Countdown(self.n)
r = Range2(3)
print(list(r), list(r), tuple(zip(r, 'ab')))
