# Wrappers forwarding *args/**kwargs and keyword-only parameters through closures, and the resulting argument errors.
def bind_kw(fn, **fixed):
    def call(*args, **kw):
        clash = sorted(set(fixed) & set(kw))
        if clash:
            raise TypeError(f"cannot override {', '.join(clash)}")
        return fn(*args, **fixed, **kw)
    return call

def show(a, b=2, *rest, sep="-", end=".", **extra):
    body = sep.join(map(str, (a, b) + rest))
    tail = "".join(f"[{k}={v}]" for k, v in sorted(extra.items()))
    return body + end + tail

print(show(1), show(1, 9, 8, 7, sep="+"), show(0, x=1, a_=2))
s2 = bind_kw(show, sep="/", z=0)
print(s2(1, 2, 3), s2(5, end="!"), s2(b=4, a=3))
try:
    s2(1, sep="x")
except TypeError as e:
    print("TypeError:", e)
try:
    bind_kw(show, a=1)(2)
except TypeError as e:
    print("TypeError:", e)

def spread(*outer_args, **outer_kw):
    def inner(*a, **k):
        return outer_args + a, {**outer_kw, **k}
    return inner

print(spread(1, 2, x=1)(3, y=2), spread()(), spread(**{"k": 1})(k=2))
args = (1, 2)
kwargs = {"sep": ":"}
print(show(*args, *args, **kwargs, end="?"))

def only_kw(*, a, b=1):
    return a + b

kw_only = lambda **k: only_kw(**k)
print(kw_only(a=1), kw_only(a=1, b=5))
for bad in [lambda: kw_only(), lambda: only_kw(1), lambda: only_kw(a=1, c=2),
            lambda: show(), lambda: show(1, a=1), lambda: show(**{"a": 1}, **{"a": 2})]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
