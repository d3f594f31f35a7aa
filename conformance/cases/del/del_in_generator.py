# Checks del of generator-local names across yields and deleting items from a list being generated from.
def gen():
    x = "val"
    yield x
    del x
    try:
        yield x
    except NameError:
        pass
    yield "after"

g = gen()
print(next(g))
try:
    print(next(g))
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(list(g))

def pop_front(lst):
    while lst:
        head = lst[0]
        del lst[0]
        yield head, len(lst)

data = [1, 2, 3]
print(list(pop_front(data)), data)

def deleter(d):
    for k in sorted(d):
        del d[k]
        yield len(d)

dd = {"a": 1, "b": 2}
print(list(deleter(dd)), dd)
