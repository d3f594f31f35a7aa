class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(x=xx, y=0):
            return f"on x axis at {xx}"
        case Point(z=_):
            return "has z?"
        case Point():
            return f"elsewhere {p.x},{p.y}"
        case _:
            return "not a point"
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), (0, 0), None]:
    print(where(p))
q = Point(1, 1)
q.z = 9
print(where(q))
