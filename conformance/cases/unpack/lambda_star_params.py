# Checks lambdas and functions that collect *args and **kwargs and re-spread them.
collect = lambda *a, **k: (a, sorted(k.items()))
print(collect())
print(collect(1, 2, x=3))
print(collect(*"ab", **{"y": 1}))

def forward(*args, **kwargs):
    return collect(*args, **kwargs)

print(forward(1, *[2, 3], z=0))

def prepend(first, *rest):
    return [first, *rest]

print(prepend(1), prepend(1, 2, 3))

def kw_only_star(*args, sep="-"):
    return sep.join(str(a) for a in args)

print(kw_only_star(1, 2, 3), kw_only_star(*range(4), sep="+"))

def count_args(*args, **kwargs):
    return len(args), len(kwargs)

print(count_args(*range(300), **{str(i): i for i in range(50)}))
print(type(collect(1)[0]).__name__)
try:
    collect(**{"": 1})
    print("empty key ok")
except TypeError as e:
    print(type(e).__name__, e)
