# __length_hint__ of the builtin iterators counts the items still to come.
its = [iter([1, 2, 3]), iter((1,)), iter('aé€'), iter(b'ab'), iter(bytearray(b'a')),
       iter(range(3)), iter(range(10, 0, -3)), reversed(range(3)), reversed([1, 2]),
       reversed((1, 2, 3)), iter({1: 2, 3: 4}), iter({1: 2}.items()), iter({1: 2}.values()),
       iter(range(2**70, 2**70 + 5))]
for it in its:
    first = it.__length_hint__()
    next(it)
    print(type(it).__name__ != '', first, it.__length_hint__())
l = [1, 2, 3]
it = iter(l)
next(it)
del l[:]
print(it.__length_hint__())
for f in (lambda: iter([]).__length_hint__(1),):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)
