# Checks that multiple closures over the same variable share one cell and see each other's updates.
def pair():
    value = 0
    def setter(v):
        nonlocal value
        value = v
    def getter():
        return value
    return setter, getter

s, g = pair()
print(g())
s(42)
print(g())
s("text")
print(g())

s2, g2 = pair()
s2(1)
print(g(), g2())

def later_binding():
    def show():
        return data
    data = [1]
    r1 = show()
    data = [2, 3]
    r2 = show()
    return r1, r2

print(later_binding())

def mutate_through():
    lst = []
    def push(x):
        lst.append(x)
        return len(lst)
    push(1); push(2)
    return lst, push(3), lst

print(mutate_through())
