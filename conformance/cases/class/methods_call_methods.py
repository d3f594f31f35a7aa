# Methods call other methods through self, and overriding changes what those calls reach.
class Counter:
    def __init__(self):
        self.n = 0

    def inc(self, by=1):
        self.n += by
        return self.n

    def inc_twice(self):
        self.inc()
        return self.inc()

    def describe(self):
        return self.name() + ':' + str(self.n)

    def name(self):
        return 'Counter'

class Loud(Counter):
    def name(self):
        return 'LOUD'

c = Counter()
print(c.inc(), c.inc(5), c.inc_twice(), c.describe())
l = Loud()
l.inc_twice()
print(l.describe())
