# Checks that del removes a binding or container slot but not the object other references still hold.
a = [1, 2, 3]
b = a
del a
print(b)
container = {"k": b}
del b
print(container["k"])
lst = [[0], [1]]
inner = lst[0]
del lst[0]
print(inner, lst)
inner.append(99)
print(inner)
class Box:
    pass
box = Box()
box.payload = {"x": 1}
held = box.payload
del box.payload
print(held, hasattr(box, "payload"))
def make():
    local = ["kept"]
    def get():
        return local
    return get
g = make()
del make
print(g())
t = (1, [2])
inner2 = t[1]
del t
print(inner2)
