s = set()
print(s.add(1))
s.add(2)
s.add(1)
s.add((1, 2))
print(len(s), sorted(s, key=str))
s.add("x")
print("x" in s, len(s))
try:
    s.add([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.add()
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.add(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(len(s))
