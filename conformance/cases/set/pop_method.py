s = {1, 2, 3}
popped = []
while s:
    popped.append(s.pop())
print(sorted(popped), s)
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, repr(e))
t = {"only"}
print(t.pop(), t)
try:
    frozenset({1}).pop()
except AttributeError as e:
    print(type(e).__name__, e)
