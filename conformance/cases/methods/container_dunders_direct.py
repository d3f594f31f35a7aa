# The special methods of range, the dict views, dict and set can be called directly.
r = range(1, 10, 2)
print(r.__len__(), r.__getitem__(-1), r.__contains__(3), list(r.__iter__()), list(r.__reversed__()))
k = {1: 'a', 2: 'b'}.keys()
i = {1: 'a', 2: 'b'}.items()
v = {1: 'a', 2: 'b'}.values()
print(k.__len__(), k.__contains__(2), sorted(k.__and__([2, 3])), sorted(k.__or__([3])),
      sorted(k.__sub__([1])), sorted(k.__xor__([2, 3])), list(k.__reversed__()))
print(i.__contains__((1, 'a')), sorted(i.__and__([(1, 'a')])), v.__len__(), list(v.__iter__()))
d = {'a': 1}
print(d.__or__({'b': 2}), d.__ior__({'c': 3}), d, list(d.__reversed__()), d.__or__(1))
s = {1, 2, 3}
print(s.__ior__({4}), s.__iand__({1, 2, 4}), s.__isub__({1}), s.__ixor__({9}), s)
print(s.__ior__([1]), [3, 1, 2].__reversed__().__next__())
e = ValueError('bad', 2)
print(e.__reduce__())
e.__setstate__({'x': 1})
print(e.x, e.__reduce__()[2], e.__setstate__(None))
for f in (lambda: e.__setstate__(1), lambda: [1].__reversed__(1), lambda: d.__reversed__(1),
          lambda: k.__reversed__(1), lambda: e.__reduce__(1)):
    try:
        print(f())
    except Exception as x:
        print(type(x).__name__, x)
