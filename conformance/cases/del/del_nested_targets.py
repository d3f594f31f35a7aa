# Checks del on chained subscripts and attributes reaching into nested containers.
class Node:
    pass

root = Node()
root.child = Node()
root.child.items = [1, 2, 3]
root.child.map = {"a": {"b": 1, "c": 2}}
del root.child.items[1]
print(root.child.items)
del root.child.map["a"]["b"]
print(root.child.map)
del root.child.map["a"]
print(root.child.map)
del root.child.items
print(hasattr(root.child, "items"))
grid = [[1, 2, 3], [4, 5, 6]]
del grid[0][1:]
del grid[1][0]
print(grid)
del grid[-1][-1]
print(grid)
data = {"list": [10, 20, 30]}
del data["list"][::2]
print(data)
try:
    del data["nope"][0]
except KeyError as e:
    print(type(e).__name__, e)
try:
    del root.child.missing.attr
except AttributeError as e:
    print(type(e).__name__, e)
del root.child
print(vars(root))
