# Class-level counters: incrementing through the class vs creating an instance attribute by mistake.
class Counted:
    created = 0
    def __init__(self):
        Counted.created += 1
        self.serial = Counted.created
class Shadow:
    hits = 0
    def hit(self):
        self.hits += 1
        return self.hits
class PerClass:
    n = 0
    def __init__(self):
        type(self).n += 1
class SubPer(PerClass):
    pass
objs = [Counted() for _ in range(3)]
print(Counted.created, [o.serial for o in objs], objs[0].created)
s1, s2 = Shadow(), Shadow()
print(s1.hit(), s1.hit(), s2.hit(), Shadow.hits)
print("hits" in vars(s1), vars(s2))
PerClass()
PerClass()
SubPer()
print(PerClass.n, SubPer.n, "n" in SubPer.__dict__)
SubPer()
print(PerClass.n, SubPer.n)
class Registry:
    members = []
    def __init__(self, name):
        self.members.append(name)
Registry("a")
Registry("b")
print(Registry.members)
