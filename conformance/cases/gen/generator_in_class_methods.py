# Generator methods, classmethods and __iter__ generators see self and class state lazily.
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)
    @classmethod
    def counting(cls, n):
        for i in range(n):
            yield cls(i)
    @staticmethod
    def evens(limit):
        return (i for i in range(limit) if i % 2 == 0)
t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), 3 in t, sum(t))
print(list(t.depth_first()))
g = iter(t)
print(next(g))
t.children.append(Tree(99))
print(list(g))
print([n.value for n in Tree.counting(3)], list(Tree.evens(7)))
class Lazy:
    items = [1, 2]
    def gen(self):
        for x in self.items:
            yield x * 10
l = Lazy()
gg = l.gen()
l.items = [5]
print(list(gg))
