def find(seq, target):
    for x in seq:
        if x == target:
            print("found", x)
            break
    else:
        print("not found", target)
find([1, 2, 3], 2)
find([1, 2, 3], 5)
find([], 1)
for x in range(3):
    continue
else:
    print("else after continue-only loop")
