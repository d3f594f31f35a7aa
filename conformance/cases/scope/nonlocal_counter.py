# Checks nonlocal rebinding of an enclosing variable via a counter-style closure.
def make_counter(start):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter(10)
print(inc(), inc(), inc(5), get())
inc2, get2 = make_counter(0)
print(inc2(), get(), get2())

def accumulate():
    items = []
    total = 0
    def add(v):
        nonlocal total
        items.append(v)
        total += v
        return total, len(items)
    return add

add = accumulate()
print(add(3))
print(add(4))
print(add(-10))

def swap_pair():
    a, b = 1, 2
    def do():
        nonlocal a, b
        a, b = b, a
    do()
    do()
    do()
    return a, b

print(swap_pair())
