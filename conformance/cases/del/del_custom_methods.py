# Checks that del statements dispatch to __delitem__ and __delattr__ with the right arguments.
class Logger:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __delitem__(self, key):
        self.log.append(("delitem", key))
    def __delattr__(self, name):
        self.log.append(("delattr", name))

o = Logger()
del o[1]
del o["key"]
del o[1:5]
del o[::2]
del o[1, 2]
del o[...]
del o.anything
del o.log
print(o.log)

class Dict(dict):
    def __delitem__(self, key):
        print("deleting", key)
        super().__delitem__(key)

dd = Dict(a=1, b=2)
del dd["a"]
print(dd)
try:
    del dd["zz"]
except KeyError as e:
    print(type(e).__name__, e)
