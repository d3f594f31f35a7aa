# Property factories built from closures: typed/validated attributes, computed properties and per-property counters.
def typed(name, kind, default=None):
    key = "_" + name
    reads = [0]
    def getter(self):
        reads[0] += 1
        return getattr(self, key, default)
    def setter(self, value):
        if not isinstance(value, kind):
            raise TypeError(f"{name} must be {kind.__name__}, not {type(value).__name__}")
        setattr(self, key, value)
    def deleter(self):
        if not hasattr(self, key):
            raise AttributeError(f"{name} is not set")
        delattr(self, key)
    prop = property(getter, setter, deleter, doc=f"typed {name}")
    return prop, lambda: reads[0]

def computed(fn):
    return property(lambda self: fn(self))

class Person:
    name, name_reads = typed("name", str, "anon")
    age, age_reads = typed("age", int, 0)
    initials = computed(lambda self: "".join(p[0].upper() for p in self.name.split()))

p = Person()
print(p.name, p.age, p.initials)
p.name = "ada king lovelace"
p.age = 36
print(p.name, p.age, p.initials, Person.name.__doc__)
print(Person.name_reads(), Person.age_reads())
for attr, value in [("age", "36"), ("name", 5), ("age", None)]:
    try:
        setattr(p, attr, value)
    except TypeError as e:
        print("TypeError:", e)
del p.age
print(p.age)
try:
    del p.age
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.initials = "X"
except AttributeError as e:
    print("AttributeError:", e)
q = Person()
q.age = 7
print(q.age, p.age, Person.age_reads(), isinstance(Person.__dict__["age"], property))
