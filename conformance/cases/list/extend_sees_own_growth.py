# list.extend and += with a list or tuple copy its items first (l.extend(l) doubles l); with
# any other iterable they append item by item, so an iterator over the list itself sees the
# items already added.
l0 = [1, None, True]
l0.extend(zip(l0, 'abcdefgh'))
print(l0)
l1 = [1, 2]
l1.extend(l1)
l1 += l1
print(l1)
l2 = [1, 2, 3]
l2 += iter(l2[:2])
print(l2)
l4 = [1]
l4 += zip(l4, l4, 'xyz')
print(l4)
