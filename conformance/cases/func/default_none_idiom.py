def add(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(add(1))
print(add(2))
shared = []
add(3, shared)
add(4, shared)
print(shared)
