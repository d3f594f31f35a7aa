r = range(5)
print(sum(x for x in r))
print(sum(x * x for x in r if x % 2))
print(max(len(s) for s in ["a", "abc", "ab"]))
print(list(c.upper() for c in "hey"))
print(set(x % 3 for x in r) == {0, 1, 2})
print(sorted(x for x in "cab"))
print(" ".join(str(x) for x in r))
print(sum((x for x in r), 100))
print(sorted((x for x in r), reverse=True))

def f(*args):
    return [type(a).__name__ for a in args]

print(f(x for x in r))
print(f((x for x in r), 1))
