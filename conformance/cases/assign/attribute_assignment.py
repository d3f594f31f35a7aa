# Checks attribute assignment on instances, classes and builtins, including read-only errors.
class C:
    cls_attr = "class"
c = C()
c.cls_attr = "instance"
print(c.cls_attr, C.cls_attr)
C.new = "added later"
print(c.new)
setattr(c, "dyn", 1)
setattr(c, "not an identifier", 2)
print(getattr(c, "dyn"), getattr(c, "not an identifier"), getattr(c, "nope", "default"))
c.__dict__["direct"] = 3
print(c.direct)
for target, name in [(5, "x"), ("s", "upper"), ([], "append"), (object(), "y"), (None, "z")]:
    try:
        setattr(target, name, 1)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    int.new_attr = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(c, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)
def fn():
    pass
fn.attr = "function attrs"
print(fn.attr)
