# sorted/list.sort/min/max work on user objects through __lt__ alone.
class Item:
    def __init__(self, name, rank):
        self.name = name
        self.rank = rank
    def __lt__(self, o):
        return self.rank < o.rank
    def __repr__(self):
        return 'Item(%s,%d)' % (self.name, self.rank)
items = [Item('c', 3), Item('a', 1), Item('d', 4), Item('b', 1), Item('e', 2)]
print(sorted(items))
print(sorted(items, reverse=True))
items.sort()
print(items)
print(min(items), max(items))
print(max(items, key=lambda i: i.name), min(Item('x', 5), Item('y', 5)))
# Only __gt__ defined: sort still works via the reflected operation.
class G:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
print([g.v for g in sorted([G(3), G(1), G(2)])], max(G(1), G(9), G(4)).v)
