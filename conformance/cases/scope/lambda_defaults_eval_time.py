# Checks that default argument values are evaluated once at definition time, in the defining scope.
x = 1
def f(a=x):
    return a
x = 2
print(f(), x)

def make():
    vals = []
    for i in range(3):
        vals.append(lambda a=i * 10: a)
    return [v() for v in vals]

print(make())

def accum(item, bucket=[]):
    bucket.append(item)
    return bucket

print(accum(1))
print(accum(2))
print(accum(3, []))
print(accum(4))

calls = []
def default_source():
    calls.append("called")
    return 5

def g(v=default_source()):
    return v

print(calls, g(), g(), calls)

def outer():
    y = "enclosing"
    def inner(p=y):
        return p
    y = "changed"
    return inner()

print(outer())
