# Checks augmented assignment to attributes evaluates the object once and calls get then set.
log = []
class Rec:
    def __init__(self):
        object.__setattr__(self, "v", 1)
    def __getattribute__(self, name):
        log.append("get " + name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        log.append("set %s=%r" % (name, value))
        object.__setattr__(self, name, value)

r = Rec()
def target():
    log.append("target()")
    return r

target().v += 10
print(log)
log.clear()
target().v **= 2
print(log)
class Plain:
    count = 0
p = Plain()
p.count += 1
print(p.count, Plain.count, "count" in vars(p))
Plain.count += 5
print(p.count, Plain.count)
try:
    p.missing += 1
except AttributeError as e:
    print(type(e).__name__, e)
