# Bound methods are first-class values: stored, passed to map/sorted, and keep their instance alive.
class Counter:
    def __init__(self):
        self.n = 0
    def bump(self, by=1):
        self.n += by
        return self.n
c = Counter()
f = c.bump
f(); f(5)
print(c.n)
actions = [Counter().bump for _ in range(3)]
print([g() for g in actions], [g(10) for g in actions])
print(list(map(c.bump, [1, 1, 1])))
words = ['bb', 'a', 'ccc']
print(sorted(words, key=str.__len__), sorted(words, key=len))
print(list(map(str.upper, words)))
def make():
    return Counter().bump
g = make()
print(g(), g(), g.__self__.n)
