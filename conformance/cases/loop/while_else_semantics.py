# Checks while-loop else: runs when the condition becomes false, not after break, including zero iterations.
n = 3
while n > 0:
    n -= 1
else:
    print("else ran", n)
while False:
    print("never")
else:
    print("else on false start")
n = 0
while n < 10:
    n += 1
    if n == 4:
        break
else:
    print("not printed")
print("broke at", n)
n = 0
while n < 3:
    n += 1
    if n < 3:
        continue
    print("last iteration body", n)
else:
    print("else after continue", n)
def search(limit):
    k = 0
    while k < limit:
        if k * k > 20:
            break
        k += 1
    else:
        return "exhausted"
    return k
print(search(3), search(100))
x = 5
while x:
    x -= 2 if x > 1 else 1
else:
    print("x is", x)
