d = {"a": 1, "b": None}
print(d.get("a"))
print(d.get("z"))
print(d.get("z", "default"))
print(d.get("b", "default"))
print(d.get(1, 0))
try:
    d.get([1])
except TypeError as e:
    print(type(e).__name__, e)
