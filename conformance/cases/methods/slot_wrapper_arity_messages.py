# Special methods called with the wrong number of arguments word it as CPython's slot
# wrappers (and the special methods that are plain methods) do.
class K:
    pass
calls = [
    lambda: (5).__eq__(), lambda: (5).__eq__(1, 2), lambda: (5).__repr__(1),
    lambda: 'ab'.__str__(1), lambda: (5).__hash__(1), lambda: K().__ne__(),
    lambda: K().__getattribute__('a', 1), lambda: K().__setattr__('a'),
    lambda: {}.__setitem__(1), lambda: [1].__setitem__(0, 1, 2), lambda: (5).__pow__(),
    lambda: (5).__pow__(1, 2, 3), lambda: 'ab'.__mul__(2, 1), lambda: [1].__rmul__(),
    lambda: (5).__add__(), lambda: (5).__format__(), lambda: K().__format__('', 1),
    lambda: ValueError('x').__str__(1), lambda: ValueError('x').__repr__(1),
]
for c in calls:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
