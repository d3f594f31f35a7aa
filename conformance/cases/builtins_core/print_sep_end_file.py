# print() with sep, end and file=None.
print('a', 'b', 'c', sep='-')
print('a', 'b', sep='')
print('x', end='')
print('y', end='!\n')
print(1, 2, sep=', ', end=' <end>\n')
print('to stdout', file=None)
print(sep='unused', end='')
print()
print('none sep', 'none end', sep=None, end=None)
print(*[1, 2, 3], sep='\n')
print('multi', 'char', sep=' :: ')
try:
    print('a', sep=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print('a', end=2)
except TypeError as e:
    print(type(e).__name__, e)
