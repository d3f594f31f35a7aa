# array(typecode[, initializer]) from lists, iterables, bytes, str and arrays.
from array import array
print(array('i'), array('i', [1, 2, 3]), array('d', (1, 2.5)), array('b', range(3)))
print(array('i', (x * x for x in range(4))), array('B', b'\x01\xff'), array('b', bytearray(b'\x01\xff')))
print(array('h', b'\x01\x00\x02\x00'), array('u', 'abc'), array('u', ['x', 'y']))
print(array('i', array('h', [1, 2])), array('d', array('i', [1, 2])), array('u', array('u', 'hi')))
print(array('f', [True, 2]), array('i', [True]), array('u', 'a\U0001f600'))
for args in [(), ('z',), ('ii',), (1,), ('i', [1], 3), ('i', 'abc'), ('i', 5), ('i', None),
             ('i', b'abc'), ('u', b'abcd'), ('i', array('u', 'ab')), ('é',)]:
    try:
        print(array(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    array('i', x=1)
except TypeError as e:
    print(type(e).__name__, e)
