def g():
    a = 1
    b = [a]
    yield a
    a += 10
    b.append(a)
    yield a
    c = a * 2
    b.append(c)
    yield b
    yield (a, b, c)

it = g()
print(next(it))
print(next(it))
print(next(it))
print(next(it))

def two():
    x = 0
    while True:
        x += 1
        yield x

a = two()
b = two()
print(next(a), next(a), next(a), next(b), next(a), next(b))
a.close()
b.close()

def loop():
    for i in range(3):
        for j in range(2):
            yield i, j

print(list(loop()))
