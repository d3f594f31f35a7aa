calls = []
def f(v):
    calls.append(v)
    return v
print(f(1) < f(2) < f(3))
print(calls)
calls = []
print(f(1) < f(0) < f(3))
print(calls)
calls = []
print(f(2) == f(2) == f(2))
print(calls)
