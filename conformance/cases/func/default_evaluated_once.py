def add(x, acc=[]):
    acc.append(x)
    return acc
print(add(1))
print(add(2))
r = add(3, [])
print(r)
print(add(4))
