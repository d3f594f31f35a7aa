# Augmented assignment makes a name local unless declared global or nonlocal.
counter = 0
def bump_global():
    global counter
    counter += 1
    return counter
print(bump_global(), bump_global(), counter)
def bump_local():
    counter += 1
try:
    bump_local()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def outer():
    total = 10
    def add(n):
        nonlocal total
        total += n
        return total
    add(5)
    add(-2)
    return total
print(outer())
items = [1]
def mutate():
    items += [2]
try:
    mutate()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def mutate_ok():
    items.extend([2])
    items[0] += 100
mutate_ok()
print(items)
class K:
    n = 1
    n += 1
    m = [n]
    m += [n * 10]
print(K.n, K.m)
