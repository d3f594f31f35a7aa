# Checks that chained and augmented assignments evaluate each side-effecting expression exactly once.
calls = []
def f(tag, v):
    calls.append(tag)
    return v
x = y = z = f("rhs", [0])
print(calls, x is y is z)
calls.clear()
class Node:
    pass
root = Node()
root.child = Node()
root.child.n = 1
def get_root():
    calls.append("root")
    return root
get_root().child.n += 10
print(calls, root.child.n)
calls.clear()
grid = [[1, 2], [3, 4]]
def row():
    calls.append("row")
    return 1
def col():
    calls.append("col")
    return 0
grid[row()][col()] *= 100
print(calls, grid)
calls.clear()
lst = [5]
lst[f("idx", 0)] += f("amount", 1)
print(calls, lst)
