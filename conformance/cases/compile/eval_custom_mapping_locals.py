# eval and exec accept any mapping as locals; a KeyError from it falls back to globals.
class Loud:
    def __init__(self):
        self.data = {"a": 1}
        self.log = []
    def __getitem__(self, key):
        self.log.append("get " + key)
        return self.data[key]
    def __setitem__(self, key, value):
        self.log.append("set " + key)
        self.data[key] = value
    def __delitem__(self, key):
        self.log.append("del " + key)
        del self.data[key]
    def keys(self):
        return self.data.keys()

m = Loud()
print(eval("a + b", {"b": 10}, m))
print(m.log)
m.log.clear()
exec("c = a * 5\nd = c + 1\ndel a", {}, m)
print(m.log, sorted(m.data.items()))
class Default:
    def __getitem__(self, key):
        if key.startswith("n"):
            return len(key)
        raise KeyError(key)
print(eval("n + nn + nnn", {}, Default()))
print(eval("len('abc')", {}, Default()))
try:
    eval("zz", {}, Default())
except NameError as e:
    print(type(e).__name__, e)
