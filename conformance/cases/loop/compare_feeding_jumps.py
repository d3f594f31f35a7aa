# A comparison that feeds a conditional jump (a loop test, an `if`, `not`, `and`/`or`)
# takes a shortcut in the VM when both sides are small ints; mixed operands, chained
# comparisons and identity tests must keep their meaning.

def count(lo, hi, step):
    n = 0
    i = lo
    while i < hi:
        n += 1
        i += step
    return n

print(count(0, 10, 1), count(0, 10, 3), count(5, 5, 1), count(-5, 5, 2))

results = []
for a in (-2, -1, 0, 1, 2, 2**62, 2**70, 1.5, True):
    for b in (-1, 0, 1, 2**62, 2**70, 0.5, False):
        row = []
        if a < b:
            row.append("lt")
        if a <= b:
            row.append("le")
        if a == b:
            row.append("eq")
        if a != b:
            row.append("ne")
        if a > b:
            row.append("gt")
        if a >= b:
            row.append("ge")
        if not a < b:
            row.append("!lt")
        if not (a == b):
            row.append("!eq")
        results.append(row)
print(results)

# Chains and boolean operators around comparisons.
for x in range(-2, 5):
    if 0 <= x < 3:
        print(x, "in [0, 3)")
    elif x == 3 or x < 0:
        print(x, "three or negative")
    else:
        print(x, "other")
    print(x > 1 and x < 4, x < 0 or x > 3)

# Identity and membership are not small-int comparisons.
k = 5
print(k in (1, 5), k not in [5])
if k is not None:
    print("not None")

# A long-running loop test: the jump back keeps Ctrl-C and step budgets working.
total = 0
j = 0
while j < 100000:
    total += j
    j += 1
print(total)

# Comparisons whose operands change type mid-loop.
v = 0
while v < 10:
    v = v + 0.75 if v < 5 else v + 2**65
print(v > 10, type(v).__name__)
