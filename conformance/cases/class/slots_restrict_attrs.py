# __slots__ restricts instance attributes and removes the instance __dict__.
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, '__dict__'), hasattr(p, 'y'))
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 2
print(p.y)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
del p.x
try:
    del p.x
except AttributeError as e:
    print(type(e).__name__, e)
print(type(P.x).__name__, P.__slots__)
try:
    vars(p)
except TypeError as e:
    print(type(e).__name__, e)
