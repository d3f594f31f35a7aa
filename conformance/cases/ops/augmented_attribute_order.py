# Augmented assignment on attributes reads once via __getattr__/__getattribute__ and writes once via __setattr__.
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
        object.__setattr__(self, "x", 1)
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append("get " + name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append("set %s=%r" % (name, value))
        object.__setattr__(self, name, value)
o = Logged()
o.x += 5
print(o.log, object.__getattribute__(o, "x"))
o.log.clear()
o.x *= 2
o.x -= 1
print(o.log)
def target():
    print("target evaluated")
    return o
o.log.clear()
target().x += 100
print(o.log)
class Items:
    def __init__(self):
        self.data = {"k": 1}
    def __getitem__(self, k):
        print("getitem", k)
        return self.data[k]
    def __setitem__(self, k, v):
        print("setitem", k, v)
        self.data[k] = v
it = Items()
it["k"] += 1
it["k"] **= 3
print(it.data)
