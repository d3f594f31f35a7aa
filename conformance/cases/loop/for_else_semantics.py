# Checks when a for-loop's else clause runs: normal exhaustion, empty iterable, break and continue.
for i in range(3):
    pass
else:
    print("else after exhaustion", i)
for i in []:
    print("never")
else:
    print("else on empty")
for i in range(5):
    if i == 2:
        break
else:
    print("not printed")
print("broke at", i)
for i in range(3):
    if i == 2:
        continue
else:
    print("else after continue on last", i)
def find(seq, target):
    for idx, v in enumerate(seq):
        if v == target:
            return idx
    else:
        return -1
print(find("abc", "c"), find("abc", "z"), find("", "a"))
for ch in "xyz":
    for n in range(2):
        if ch == "y":
            break
    else:
        print("inner else", ch)
        continue
    print("inner broke", ch)
