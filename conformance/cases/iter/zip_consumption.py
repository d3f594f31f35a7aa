# zip pulls from its arguments left to right and stops at the first exhausted one.
def src(name, n, log):
    for i in range(n):
        log.append(name + str(i))
        yield i
log = []
print(list(zip(src("a", 3, log), src("b", 1, log))), log)
log = []
print(list(zip(src("a", 1, log), src("b", 3, log))), log)
it = iter(range(10))
print(list(zip(it, it)))
it = iter(range(7))
print(list(zip(it, it, it)), list(it))
a = iter([1, 2, 3])
b = iter([10])
print(list(zip(a, b)), list(a), list(b))
print(list(zip("abc")), list(zip(range(3), ())), list(zip(*[])), list(zip(*"ab")))
print(list(zip(*[[1, 2, 3], [4, 5, 6]])), [list(t) for t in zip(*zip([1, 2], [3, 4]))])
for bad in [(1,), ([1], None), ("a", [], 3)]:
    try:
        zip(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    zip([1], x=[2])
except TypeError as e:
    print(type(e).__name__, e)
z = zip([1, 2], [3, 4])
print(next(z), list(z), next(z, None))
print(dict(zip("ab", zip("cd", "ef"))), list(zip(range(3), reversed(range(3)))))
