# Checks that iterables restart each loop while iterators are consumed and shared between loops.
lst = [1, 2, 3]
print([x for x in lst], [x for x in lst])
it = iter(lst)
print([x for x in it], [x for x in it])
it = iter(range(6))
for a in it:
    for b in it:
        print(a, b)
        break
print(iter(it) is it)
it = iter("abcd")
print(next(it), list(it), next(it, "empty"))
r = range(3)
print(list(r), list(r))
d = {"a": 1}
ki = iter(d)
print(next(ki))
try:
    next(ki)
except StopIteration as e:
    print(type(e).__name__, e.args)
z = zip("ab", "cd")
print(list(z), list(z))
e = enumerate("q")
print(list(e), list(e))
try:
    next(iter([]))
except StopIteration as e:
    print("empty", type(e).__name__)
