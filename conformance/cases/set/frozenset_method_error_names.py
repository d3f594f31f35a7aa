# Argument errors of set methods name the receiver's type, set or frozenset.
for s in [set([1, 2]), frozenset([1, 2])]:
    for call in [lambda: s.symmetric_difference({1}, {2}), lambda: s.symmetric_difference()]:
        try:
            print(sorted(call()))
        except TypeError as e:
            print('TypeError', e)
    print(sorted(s.symmetric_difference([2, 3])))
