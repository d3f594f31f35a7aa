# Items of the wrong type for each typecode.
from array import array
class Seven:
    def __index__(self):
        return 7
class Half:
    def __float__(self):
        return 0.5
for c in 'bIqfdu':
    for v in [1.5, 'x', None, Seven(), Half(), 'ab', b'a']:
        try:
            print(c, array(c, [v]))
        except Exception as e:
            print(c, type(e).__name__, e)
try:
    array('f', [10**400])
except OverflowError as e:
    print(type(e).__name__, e)
print(array('f', [1e300]))
