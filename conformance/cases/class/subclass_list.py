# list subclasses: overriding append/__getitem__, slicing returns plain list, extra state.
class Tracked(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.appends = 0
    def append(self, x):
        self.appends += 1
        super().append(x)
t = Tracked([1, 2])
t.append(3)
t.extend([4])
t += [5]
print(t, t.appends, len(t), type(t).__name__)
print(type(t[1:]).__name__, type(t + [0]).__name__, type(t * 2).__name__, type(t.copy()).__name__)
class OneBased(list):
    def __getitem__(self, i):
        return super().__getitem__(i - 1)
o = OneBased('abc')
print(o[1], o[3], list(o), [x for x in o], o == ['a', 'b', 'c'])
print(isinstance(o, list), sorted(Tracked([3, 1, 2])), type(sorted(Tracked([2, 1]))).__name__)
class Empty(list):
    pass
print(bool(Empty()), Empty() == [], repr(Empty([1, 'a'])))
