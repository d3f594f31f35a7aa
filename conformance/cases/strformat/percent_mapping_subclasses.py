# %-formatting with a mapping uses its __getitem__, so __missing__ and custom mappings work.
# requires: float
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("%(a)s %(b)s" % Default(a=1))
class Upper:
    def __getitem__(self, key):
        return key.upper()
print("%(hello)s %(x)r %(n)5s|" % Upper())
print("%(a)d%%" % {"a": 50}, "%(a)s %(a)s" % {"a": "twice"}, "%(k)05.1f" % {"k": 2.25})
try:
    print("%(a)s %(b)s" % {"a": 1})
except KeyError as e:
    print(type(e).__name__, e)
try:
    print("%(a)s" % Upper.__new__(object))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("%(a)s %d" % {"a": 1})
except TypeError as e:
    print(type(e).__name__, e)
log = []
class Logged(dict):
    def __getitem__(self, key):
        log.append(key)
        return dict.__getitem__(self, key)
print("%(x)s-%(y)s-%(x)s" % Logged(x=1, y=2), log)
