s = {1, 2, 3}
print(s.remove(2))
print(sorted(s))
try:
    s.remove(2)
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    s.remove("missing")
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    s.remove((1, 2))
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    s.remove([1])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(s))
