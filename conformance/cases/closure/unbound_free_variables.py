# Reading a closed-over or local name before it is bound raises NameError/UnboundLocalError with CPython 3.11 messages.
def outer_late():
    def inner():
        return value
    try:
        print(inner())
    except NameError as e:
        print(type(e).__name__, "|", e)
    value = 5
    print(inner())
outer_late()
counter = 0
def bump():
    try:
        counter += 1
    except UnboundLocalError as e:
        print(type(e).__name__, "|", e, isinstance(e, NameError))
bump()
def conditional(flag):
    if flag:
        result = "set"
    def read():
        return result
    return read
print(conditional(True)())
try:
    conditional(False)()
except NameError as e:
    print(type(e).__name__, "|", e)
def shadow_later():
    def inner():
        print(len)
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, "|", e)
    try:
        print(len("abc"))
    except UnboundLocalError as e:
        print(type(e).__name__, "|", e)
    len = "shadowed"
    return len
print(shadow_later())
def loop_then_read():
    for item in []:
        pass
    return lambda: item
try:
    loop_then_read()()
except NameError as e:
    print(type(e).__name__, "|", e)
def nested_del():
    v = [1]
    f = lambda: v
    del v
    return f
try:
    nested_del()()
except NameError as e:
    print(type(e).__name__, "|", e)
