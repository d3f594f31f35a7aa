# move_to_end moves a key to the end, or to the front with last=False.
from collections import OrderedDict
od = OrderedDict.fromkeys('abcde')
od.move_to_end('b')
print(''.join(od))
od.move_to_end('d', last=False)
print(''.join(od))
od.move_to_end('d', False)
od.move_to_end('e', last=0)
od.move_to_end('a', last=1)
print(''.join(od))
od.move_to_end('a')
print(''.join(od))
try:
    od.move_to_end('z')
except KeyError as e:
    print(type(e).__name__, e)
for f in (lambda: od.move_to_end(), lambda: od.move_to_end('a', True, 1),
          lambda: od.move_to_end('a', lst=1), lambda: od.move_to_end([])):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
big = OrderedDict((i, i * i) for i in range(40))
for i in range(0, 40, 3):
    big.move_to_end(i)
big.move_to_end(39, last=False)
print(list(big)[:5], list(big)[-5:], big[39], len(big))
