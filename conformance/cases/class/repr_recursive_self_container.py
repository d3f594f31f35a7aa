# Builtin containers guard against self-reference with [...] / {...}; a user __repr__ that goes
# through such a container is cut off by the container's guard instead of recursing forever.
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    def __repr__(self):
        return 'Node(%s, %r)' % (self.name, self.children)
a = Node('a')
b = Node('b')
a.children.append(b)
print(a)
lst = [1]
lst.append(lst)
print(lst)
d = {}
d['self'] = d
print(d)
a.children.append(a)
print(repr(a))
class Box(list):
    def __repr__(self):
        return 'Box' + list.__repr__(self)
bx = Box([1])
bx.append(bx)
print(repr(bx))
