# The special methods of property, staticmethod, builtin functions, iterators and
# generators called directly.
class C:
    def __init__(self):
        self.v = 1
    def get(self):
        return self.v
    def put(self, v):
        self.v = v
p = property(C.get, C.put)
c = C()
print(p.__get__(c), p.__set__(c, 5), c.v, p.__get__(None, C) is p)
for f in (lambda: p.__delete__(c), lambda: property(abs).__set__(1, 2), lambda: p.__get__(c, C, 1),
          lambda: p.getter(abs, bogus=1), lambda: p.__set__(c), lambda: p.__get__(c, bogus=1)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(staticmethod(abs).__call__(-3), abs.__call__(-4), [].append.__call__(1), len.__call__(x=1) if False else 0)
it = iter([1, 2, 3])
print(it.__next__(), list(it.__iter__()))
g = (x * 2 for x in range(3))
print(g.__next__(), g.send(None), list(g.__iter__()))
for f in (lambda: iter([1]).__next__(1), lambda: enumerate('a').__next__(bogus=1),
          lambda: (x for x in [1]).__next__(1), lambda: (x for x in [1]).send(1, 2),
          lambda: (x for x in [1]).throw(), lambda: (x for x in [1]).close(1),
          lambda: (x for x in [1]).__iter__(1), lambda: iter([]).__next__()):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
