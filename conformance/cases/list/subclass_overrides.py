# Overriding list dunders in a subclass affects the operations that dispatch on them.
class L(list):
    def __getitem__(self, i):
        return "item" + str(list.__getitem__(self, i))
    def __len__(self):
        return 99
    def __contains__(self, x):
        return x == "magic"
l = L([1, 2])
print(l[0], l[-1], len(l), "magic" in l, 1 in l, list(l), [x for x in l])
print(sorted(l), max(l), l == [1, 2], bool(L()))
class It(list):
    def __iter__(self):
        return iter(["custom"])
i = It([1, 2, 3])
print(list(i), [x for x in i], sum(1 for _ in i), i[0], len(i), tuple(i), i)
a, = i
print(a, "custom" in i, 1 in i)
class Ap(list):
    def append(self, x):
        list.append(self, x * 10)
p = Ap()
p.append(1)
p.extend([2])
p += [3]
p.insert(0, 4)
print(p)
class Eq(list):
    def __eq__(self, other):
        return True
print(Eq([1]) == [2], [2] == Eq([1]), Eq() != [1], [Eq()].count(5), Eq([1]) in [[7]])
