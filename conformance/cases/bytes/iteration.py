# Iterating over bytes yields ints.
for x in b'AZ\x00':
    print(x)
it = iter(b'hi')
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print('done')
print([c + 1 for c in b'abc'])
print(list(enumerate(b'xy')))
print(tuple(b''))
