# Decorator factories with positional, keyword and optional arguments, stacked in order, closing over their settings.
def repeat(times, *, sep=None):
    def deco(fn):
        def wrapper(*args, **kwargs):
            results = [fn(*args, **kwargs) for _ in range(times)]
            return sep.join(map(str, results)) if sep is not None else results
        return wrapper
    return deco

def tag(name, **attrs):
    def deco(fn):
        attr_text = "".join(f' {k}="{v}"' for k, v in sorted(attrs.items()))

        def wrapper(*a, **k):
            return f"<{name}{attr_text}>{fn(*a, **k)}</{name}>"
        return wrapper
    return deco

def maybe_args(fn=None, *, prefix=">"):
    if fn is None:
        return lambda f: maybe_args(f, prefix=prefix)

    def wrapper(*a):
        return prefix + str(fn(*a))
    return wrapper

@repeat(3)
def hello(name):
    return "hi " + name

@repeat(2, sep="|")
def double(x):
    return x * 2

@tag("b")
@tag("a", href="/x", cls="link")
def link(text):
    return text.upper()

@maybe_args
def plain(x):
    return x

@maybe_args(prefix="==")
def fancy(x):
    return x

print(hello("bo"), double(21), double("ab"))
print(link("click"))
print(plain(5), fancy(5))
print(repeat(0)(hello)("z"), tag("i")(str)(3.5 if False else 35))
try:
    @repeat
    def oops():
        pass
    oops()
except TypeError as e:
    print("TypeError:", e)
