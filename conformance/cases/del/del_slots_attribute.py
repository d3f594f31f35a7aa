# Checks del on __slots__ attributes and the errors for unset and unknown slots.
class P:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1

p = P()
print(p.x)
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.z
except AttributeError as e:
    print(type(e).__name__, e)
p.x = 5
p.y = 6
print(p.x, p.y)
del p.y
p.y = 7
print(p.y)
