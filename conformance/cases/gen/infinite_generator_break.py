def naturals():
    n = 0
    while True:
        yield n
        n += 1

for x in naturals():
    if x > 4:
        break
    print(x)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

out = []
for f in fib():
    if f > 100:
        break
    out.append(f)
print(out)

it = naturals()
print([next(it) for _ in range(3)])
print(next(it))
it.close()

def take(n, gen):
    for i, v in enumerate(gen):
        if i >= n:
            return
        yield v

print(list(take(5, fib())))
