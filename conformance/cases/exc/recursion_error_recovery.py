# Deep recursion raises RecursionError, which is catchable, and the interpreter keeps working afterwards.
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, "maximum recursion depth exceeded" in str(e))
    print(isinstance(e, RuntimeError))
def depth(n):
    return n if n == 0 else 1 + depth(n - 1)
print(depth(500))
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
for _ in range(2):
    try:
        mutual_a(0)
    except RecursionError:
        print("mutual recursion stopped")
class Node:
    def __init__(self):
        self.child = self
    def size(self):
        return 1 + self.child.size()
try:
    Node().size()
except RecursionError:
    print("method recursion stopped")
print(depth(100), "still fine")
