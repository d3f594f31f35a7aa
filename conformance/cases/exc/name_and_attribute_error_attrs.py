# NameError.name and AttributeError.name/.obj describe the missing name on raised errors.
try:
    undefined_variable_q
except NameError as e:
    print(e.name, e)
class Box:
    pass
b = Box()
try:
    b.missing
except AttributeError as e:
    print(e.name, e.obj is b, e)
try:
    (5).imag_part
except AttributeError as e:
    print(e.name, e.obj)
e = NameError("manual")
print(e.name)
e = NameError("manual", name="given")
print(e.name, e.args)
a = AttributeError("m", name="n", obj=3)
print(a.name, a.obj, a.args)
print(AttributeError().name, AttributeError().obj)
def f():
    return local_missing
try:
    f()
except NameError as e:
    print(e.name)
