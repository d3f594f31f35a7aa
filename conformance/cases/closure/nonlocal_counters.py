# Independent nonlocal counters, shared cells between sibling closures and nonlocal updates of several kinds.
def counter(start=0, step=1):
    count = start

    def inc():
        nonlocal count
        count += step
        return count

    def dec():
        nonlocal count
        count -= step
        return count

    def peek():
        return count

    def reset(value=start):
        nonlocal count
        old, count = count, value
        return old

    return inc, dec, peek, reset

inc, dec, peek, reset = counter()
print(inc(), inc(), inc(), dec(), peek())
print(reset(), peek(), reset(42), inc())
i2, d2, p2, r2 = counter(100, -5)
print(i2(), i2(), p2(), peek())

def accumulate():
    items = []
    total = 0

    def add(*xs):
        nonlocal total
        items.extend(xs)
        total += sum(xs)
        return total, len(items)
    return add

acc = accumulate()
print(acc(1, 2), acc(), acc(10), acc(-13))

