# Checks break and continue inside finally blocks, which discard a pending exception or return.
for i in range(3):
    try:
        raise ValueError(i)
    finally:
        break
print("exception swallowed by break", i)
count = 0
for i in range(3):
    try:
        raise KeyError(i)
    finally:
        count += 1
        continue
print("continue in finally swallowed", count)
def f():
    for i in range(3):
        try:
            return "from try"
        finally:
            if i < 2:
                continue
    return "fell through"
print(f())
def g():
    while True:
        try:
            return 1
        finally:
            break
    return 2
print(g())
def h():
    for i in range(2):
        try:
            continue
        finally:
            print("finally", i)
    return "done"
print(h())
