# list subclasses: constructor with extra args, overridden __setitem__ and builtins bypassing overrides.
class Named(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name
    def __repr__(self):
        return "%s%s" % (self.name, list.__repr__(self))
n = Named("nums", [3, 1, 2])
print(n, len(n), n[0], sorted(n), n.name)
n.sort()
print(n, type(n).__name__)
n.reverse()
print(n, n + [0], type(n + [0]).__name__)
class Guarded(list):
    def __setitem__(self, i, v):
        if v is None:
            raise ValueError("None not allowed")
        super().__setitem__(i, v)
g = Guarded([1, 2, 3])
g[0] = 10
try:
    g[1] = None
except ValueError as e:
    print(type(e).__name__, e)
g.append(None)
g.extend([None])
print(g)
class Stack(list):
    push = list.append
    def peek(self):
        return self[-1]
st = Stack()
st.push(1)
st.push(2)
print(st.peek(), st.pop(), st, bool(st), st == [1], isinstance(st, list))
class NoEq(list):
    def __eq__(self, other):
        return "custom"
print(NoEq([1]) == [1], [1] == NoEq([1]), NoEq() != [])
