# While a list is sorted it looks empty: a key function sees [] (and len 0), and a list that
# grows during the sort is restored to its sorted items with a ValueError.
l1 = [[7]]
l1.append(l1)
l1.sort(key=len)
print(l1)

seen = []
items = [3, 1, 2]
def key(v):
    seen.append((v, len(items), repr(items)))
    return -v
items.sort(key=key)
print(items, seen)

grow = [5, 4, 3]
def adder(v):
    grow.append(v)
    return v
try:
    grow.sort(key=adder)
except ValueError as e:
    print('ValueError', e)
print(grow)

def fail(v):
    if v == 4:
        raise KeyError(v)
    return v
keep = [5, 4, 3]
try:
    keep.sort(key=fail, reverse=True)
except KeyError as e:
    print('KeyError', e)
print(keep)
print(sorted([3, 1, 2], key=lambda v: len(sorted([]))), sorted([], key=len))
