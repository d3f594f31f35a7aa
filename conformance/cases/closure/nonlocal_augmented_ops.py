# nonlocal variables rebound by augmented assignment of many operators, tuple swaps and del inside closures.
def aug_ops():
    s, l, t, b = "a", [1], (1,), 6

    def go():
        nonlocal s, l, t, b
        s *= 3
        l += [2]
        t += (2,)
        b //= 4
        b **= 3
        b <<= 2
        b |= 1
        return s, l, t, b
    return go

print(aug_ops()())
g = aug_ops()
g()
print(g())

def swapper():
    a, b = 1, 2

    def swap():
        nonlocal a, b
        a, b = b, a
        return a, b
    return swap

sw = swapper()
print(sw(), sw(), sw())

def deleter():
    x = 1
    def kill():
        nonlocal x
        del x
    def read():
        return x
    return kill, read

kill, read = deleter()
print(read())
kill()
try:
    read()
except NameError as e:
    print(type(e).__name__, e)
try:
    kill()
except NameError as e:
    print(type(e).__name__, e)
