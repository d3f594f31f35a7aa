# AttributeError messages for instances, classes, modules-free builtins and object().
class A:
    pass
def show(f):
    try:
        f()
    except AttributeError as e:
        print(type(e).__name__, e)
a = A()
show(lambda: a.x)
show(lambda: A.x)
show(lambda: (1).foo)
show(lambda: 'abc'.nope)
show(lambda: [].nope)
show(lambda: None.nope)
show(lambda: int.nope)
show(lambda: object().x)
def set_on_object():
    o = object()
    o.x = 1
show(set_on_object)
def set_on_int():
    (5).real = 1
show(set_on_int)
def del_missing():
    del a.missing
show(del_missing)
