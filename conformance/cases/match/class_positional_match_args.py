class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def f(p):
    match p:
        case Point3(0, 0, z):
            return f"3d on z axis {z}"
        case Point(0, y):
            return f"x zero, y={y}"
        case Point(x, y=7):
            return f"y seven, x={x}"
        case Point(x, y):
            return f"point {x},{y}"
for p in [Point(0, 4), Point(5, 7), Point(1, 2), Point3(0, 0, 9), Point3(0, 1, 2)]:
    print(type(p).__name__, f(p))
