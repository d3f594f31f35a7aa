# for/else runs the else branch only when the iterator is exhausted without break.
def search(it, target):
    for x in it:
        if x == target:
            print("found", x)
            break
    else:
        print("not found", target)
search(iter([1, 2, 3]), 2)
search(map(abs, [-1, -2]), 5)
search(iter(()), None)
search((c for c in "abc"), "c")
it = iter(range(6))
for x in it:
    if x == 2:
        break
print(list(it))
it = iter(range(6))
for x in it:
    for y in it:
        if y > x + 1:
            print("pair", x, y)
            break
    else:
        print("inner exhausted at", x)
print([x for x in it])
for i, x in enumerate([]):
    print("never")
else:
    print("empty loop else")
for a, b in zip(range(3), iter([10, 20])):
    print(a, b)
else:
    print("zip done")
n = 0
for x in iter(lambda: n, 3):
    n += 1
print("sentinel loop ended at", n)
