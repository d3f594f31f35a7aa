# Checks that exceptions in a loop body stop the loop, skip its else clause and keep the loop variable.
try:
    for i in range(5):
        if i == 2:
            raise ValueError("at %d" % i)
    else:
        print("not printed")
except ValueError as e:
    print(type(e).__name__, e, "i =", i)
results = []
for i in range(5):
    try:
        results.append(10 // (i - 2))
    except ZeroDivisionError as e:
        results.append(type(e).__name__)
        continue
print(results)
n = 0
try:
    while True:
        n += 1
        if n == 3:
            [][n]
finally:
    print("finally n =", n)
