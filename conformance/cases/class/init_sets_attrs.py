# __init__ stores attributes on the instance; methods read and update them through self.
class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self

p = Point(3, -4)
print(p.x, p.y, p.norm1())
q = Point(5)
print(q.x, q.y)
print(p.move(1, 1).norm1(), p.x, p.y)
print(sorted(vars(p)))
print(type(p).__name__, type(p) is Point)
