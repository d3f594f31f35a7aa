# Containers always format their items with repr(), even inside print/str.
class P:
    def __init__(self, n): self.n = n
    def __repr__(self): return 'P(%d)' % self.n
    def __str__(self): return 'p%d' % self.n
items = [P(1), P(2)]
print(items)
print(str(items), (P(3),), {'k': P(4)}, {P(5): 'v'}.__len__())
print({1: [P(6), (P(7),)]})
print(f'{items}', f'{items[0]}', '%s' % items)
print([str(p) for p in items], ', '.join(map(str, items)))
nested = [[P(8)], {'x': {P(9).n: P(10)}}]
print(nested)
