# reversed() of range, list, tuple, str and user sequences.
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))))
print(''.join(reversed('abc')), list(reversed('')))
print(list(reversed(range(0))))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self):
        return iter('custom')
print(list(reversed(Rev())))
r = reversed([1, 2])
print(next(r), next(r), next(r, 'end'))
for bad in [5, {1, 2}, (x for x in [])]:
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
