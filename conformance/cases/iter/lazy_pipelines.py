# Chained lazy iterators interleave their work one item at a time.
log = []
def src():
    for i in range(4):
        log.append("src%d" % i)
        yield i
def double(x):
    log.append("dbl%d" % x)
    return x * 2
def keep(x):
    log.append("keep%d" % x)
    return x % 4 == 0
p = filter(keep, map(double, src()))
print(log)
print(next(p), log)
log.clear()
print(list(p), log)
log.clear()
z = zip(map(double, src()), "ab")
print(list(z), log)
log.clear()
e = enumerate(map(double, src()))
print(next(e), log)
g = (y for y in (x + 1 for x in range(3)) if y != 2)
print(list(g), list(g))
def take(n, it):
    it = iter(it)
    return [next(it) for _ in range(n)]
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(take(5, naturals()), take(3, filter(lambda x: x % 3 == 0, naturals())))
print(take(2, zip(naturals(), naturals())), take(3, map(pow, naturals(), naturals())))
print(next(x for x in naturals() if x * x > 50), any(x > 1000 for x in naturals()))
