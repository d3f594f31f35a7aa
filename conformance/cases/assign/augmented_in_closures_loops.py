# Checks augmented assignment to nonlocal and global names from loops, closures and comprehensions.
total = 0
def add_all(values):
    global total
    for v in values:
        total += v
add_all([1, 2, 3])
add_all(range(4))
print(total)
def make_acc():
    acc = ""
    def push(s):
        nonlocal acc
        acc += s
        return acc
    return push
push = make_acc()
for ch in "abc":
    push(ch * 2)
print(push("!"))
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    [inc() for _ in range(5)]
    list(inc() for _ in range(3))
    return n
print(counter())
hits = [0]
def bump():
    hits[0] += 1
for _ in range(4):
    bump()
print(hits)
