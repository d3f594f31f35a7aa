# Value objects with matching __eq__ and __hash__ deduplicate in sets and find equal dict keys.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return "P(%d,%d)" % (self.x, self.y)
pts = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(pts), Point(1, 2) in pts, Point(3, 3) in pts)
d = {Point(0, 0): "origin"}
print(d[Point(0, 0)], d.get(Point(0, 1), "none"))
print(Point(1, 1) == (1, 1), Point(1, 1) != Point(1, 1), [Point(1, 1)].count(Point(1, 1)))
calls = []
class Tracked:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        calls.append("hash")
        return self.k % 3
    def __eq__(self, other):
        calls.append("eq")
        return self.k == other.k
s = {Tracked(1)}
print(Tracked(1) in s, calls)
del calls[:]
print(Tracked(4) in s, calls)
del calls[:]
t = Tracked(2)
s.add(t)
print(t in s, calls)
p = Point(5, 5)
bag = {p}
p.x = 6
print(p in bag, Point(5, 5) in bag, len(bag))
