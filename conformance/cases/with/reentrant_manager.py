# One manager object used in nested with statements keeps track of its own depth.
class Reentrant:
    def __init__(self):
        self.depth = 0
        self.log = []
    def __enter__(self):
        self.depth += 1
        self.log.append("in%d" % self.depth)
        return self.depth
    def __exit__(self, t, v, tb):
        self.log.append("out%d" % self.depth)
        self.depth -= 1
        return False

r = Reentrant()
with r as a:
    with r as b:
        with r as c:
            print(a, b, c, r.depth)
        print(r.depth)
    print(r.depth)
print(r.depth, r.log)

def recurse(n):
    with r as d:
        if n == 0:
            return d
        return recurse(n - 1)
print(recurse(4), r.depth)

with r as x, r as y, r as z:
    print(x, y, z)
print(r.depth)
try:
    with r, r:
        raise ValueError(r.depth)
except ValueError as e:
    print("caught at depth", e, "now", r.depth)
