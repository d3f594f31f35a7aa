# f-strings work in defaults, class bodies, comprehensions, closures and as dict keys.
tag = "t"
def greet(name, fmt=f"<{tag}>"):
    return f"{fmt}{name}"
print(greet("a"), greet("b", fmt=f"[{tag * 2}]"))
class K:
    label = "k"
    title = f"class {label}"
    items = [f"{i}" for i in range(3)]
print(K.title, K.items)
def outer():
    n = 10
    def inner():
        return f"{n + 1}"
    return inner
print(outer()())
d = {f"key{i}": f"{i * i}" for i in range(3)}
print(d, d[f"key{2}"])
print([f"{c}{c.upper()}" for c in "ab"], {f"{x % 2}" for x in range(5)} == {"0", "1"})
fn = lambda v: f"v={v!r}"
print(fn("s"), list(map(lambda x: f"{x:02}", [1, 10])))
counter = 0
def bump():
    global counter
    counter += 1
    return f"{counter}"
print(bump(), bump(), f"{bump()}-{bump()}", counter)
try:
    raise ValueError(f"bad {tag!r}")
except ValueError as e:
    print(e)
assert f"{1}" == "1", f"message {tag}"
print(f"{__name__}", f"{len.__class__.__name__}" == "builtin_function_or_method")
