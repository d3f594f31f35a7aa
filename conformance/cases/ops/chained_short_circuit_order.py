# Chained comparisons evaluate operands left to right, each at most once, stopping at the first False.
def v(tag, val):
    print("eval", tag)
    return val
print(v("a", 1) < v("b", 2) < v("c", 3))
print(v("a", 1) < v("b", 0) < v("c", 3))
print(v("a", 5) == v("b", 5) != v("c", 5) < v("d", 9))
print(v("a", 1) in v("b", [1, 2]) in v("c", [[1, 2]]))
class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print("lt", self.n, other.n)
        return self.n < other.n
    def __bool__(self):
        print("bool", self.n)
        return True
print(Loud(1) < Loud(2) < Loud(3))
print(Loud(3) < Loud(2) < Loud(1))
class Weird:
    def __lt__(self, other):
        return "truthy string"
print(Weird() < Weird())
print(Weird() < Weird() < Weird())
class Falsy:
    def __lt__(self, other):
        return 0
print(Falsy() < Falsy() < 1)
