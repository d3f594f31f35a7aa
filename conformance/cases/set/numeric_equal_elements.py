s = {1, 1.0, True}
print(len(s), s)
t = {True, 1, 1.0}
print(len(t), t)
u = {1.0, 1}
print(u)
print({0, 0.0, False, -0.0})
print(1 in {True}, True in {1.0}, 1.0 in {1})
v = set()
v.add(2)
v.add(2.0)
print(v)
print({1, 2} == {1.0, 2.0}, {1, 2} == {True, 2})
w = {1.5, 3}
w.discard(3.0)
print(w)
print(hash(1) == hash(1.0) == hash(True))
