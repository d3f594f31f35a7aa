def g(limit):
    i = 0
    while True:
        i += 1
        if i % 2 == 0:
            continue
        if i > limit:
            break
        yield i
    yield "after loop"

print(list(g(9)))

def h(items):
    for x in items:
        if x is None:
            continue
        if x == "stop":
            break
        yield x
    else:
        yield "no stop"

print(list(h([1, None, 2, "stop", 3])))
print(list(h([1, None, 2])))

def w():
    n = 0
    while n < 5:
        n += 1
        try:
            if n == 2:
                continue
            yield n
        finally:
            yield "f%d" % n

print(list(w()))
