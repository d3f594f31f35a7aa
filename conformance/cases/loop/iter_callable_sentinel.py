# Checks the two-argument iter(callable, sentinel) form driving a for-loop.
state = [0]
def tick():
    state[0] += 1
    return state[0]

for v in iter(tick, 4):
    print(v, end=" ")
print()
data = ["a", "b", "", "c"]
pos = [0]
def read():
    item = data[pos[0]]
    pos[0] += 1
    return item
print(list(iter(read, "")))
print(pos[0])
it = iter(lambda: 1, 1)
print(list(it))
class Stack:
    def __init__(self, items):
        self.items = items
    def pop(self):
        return self.items.pop() if self.items else None
s = Stack([1, 2, 3])
for x in iter(s.pop, None):
    print("popped", x)
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
