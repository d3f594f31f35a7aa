# Checks that assignment expressions inside comprehensions bind in the containing scope.
data = [1, 5, 2, 8, 3]
found = [last := v for v in data if v > 2]
print(found, last)

total = 0
sums = [total := total + v for v in range(5)]
print(sums, total)

def f():
    if any((hit := w) > 6 for w in data):
        return hit
    return None

print(f())

def g():
    [inner := n * 2 for n in range(3)]
    return inner

print(g())

def h():
    res = [(y := i) for i in range(4)]
    def show():
        return y
    return res, show()

print(h())

if (n := len(data)) > 3:
    print("long", n)

class C:
    vals = [z := 1, z + 1]

print(C.vals, C.z)
