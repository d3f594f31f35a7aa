# Comparison between arrays, whatever their typecodes.
from array import array
print(array('i', [1, 2]) == array('d', [1.0, 2.0]), array('b', [1]) == array('B', [1]))
print(array('i', [1, 2]) < array('i', [1, 3]), array('i', [1, 2]) >= array('i', [1]))
print(array('i') != array('i'), array('u', 'a') < array('u', 'b'), array('i', [1]) == [1])
print(array('f', [float('nan')]) == array('f', [float('nan')]))
print(array('i', [2]) > array('d', [1.5]), array('i', [1, 2]) <= array('i', [1, 2]))
for f in [lambda: array('i') < [1], lambda: hash(array('i'))]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
