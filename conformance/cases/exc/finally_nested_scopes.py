# A finally body is compiled once per way out of the try (normal, exceptional, and before
# each return/break/continue that leaves it); lambdas, comprehensions and functions inside it
# must be the same code in every copy. Found by the differential generator.

try:
    pass
finally:
    try:
        print([])
    except:
        print(lambda: ())
    print((lambda x: x * 2)(21))


def early(n):
    try:
        if n:
            return "early"
        g = [i * 10 for i in range(3)]
        print("body", g)
    finally:
        f = lambda: "from finally"
        print(f(), [c for c in "ab"])
    return "late"


print(early(1))
print(early(0))

for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
    finally:
        def inner(k=i):
            return k + 100
        print("finally", inner(), {j: j for j in range(i)})

try:
    try:
        1 // 0
    finally:
        print("squares", [x * x for x in range(4)])
except ZeroDivisionError as e:
    print("caught", e)
