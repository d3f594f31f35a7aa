# AttributeError messages for reading, writing and deleting attributes on builtins and classes.
def show(f):
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
show(lambda: (5).x)
show(lambda: int.x)
show(lambda: [].push)
show(lambda: {}.append)
show(lambda: ().append)
show(lambda: "".foo)
show(lambda: (lambda: 0).missing)
show(lambda: type.nope)
show(lambda: True.x)
class K:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
show(lambda: K().nothing)
show(lambda: K.inst)
def set_builtin_instance():
    (1).x = 2
show(set_builtin_instance)
def set_str_method():
    "abc".upper = None
show(set_str_method)
def set_builtin_type():
    int.x = 1
show(set_builtin_type)
def set_list_type():
    list.append = None
show(set_list_type)
def del_class_missing():
    del K.nope
show(del_class_missing)
def del_instance_class_attr():
    del K().cls_attr
show(del_instance_class_attr)
print(getattr(5, "x", "default"), hasattr(5, "real"), hasattr(K, "inst"))
try:
    getattr(K(), "zz")
except AttributeError as e:
    print(type(e).__name__, e)
