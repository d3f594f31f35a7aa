# Without __iter__, iteration calls __getitem__ with 0, 1, 2... until IndexError or StopIteration.
class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError("end")
        return i * i
s = Squares()
print(list(s), sum(s), 9 in s, 5 in s, max(s), list(enumerate(s)))
print(list(zip(s, "abcdef")), sorted(s, reverse=True), [x for x in s if x])
it = iter(s)
print(type(it).__name__, next(it), next(it), list(it))
class StopAt:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return "v%d" % i
print(list(StopAt()))
class Keyed:
    def __getitem__(self, k):
        raise KeyError(k)
try:
    list(Keyed())
except KeyError as e:
    print(type(e).__name__, e)
class Calls:
    def __init__(self):
        self.seen = []
    def __getitem__(self, i):
        self.seen.append(i)
        if i > 2:
            raise IndexError
        return i
c = Calls()
for x in c:
    pass
print(c.seen)
print(list(reversed([x for x in Squares()])))
class WithLen(Squares):
    def __len__(self):
        return 4
print(list(reversed(WithLen())), len(WithLen()))
try:
    reversed(Squares())
except TypeError as e:
    print(type(e).__name__, e)
