# A 50-line program that diverges from CPython on purpose, for `cargo xtask diff --minimize`:
# somewhere in it is a nested try inside a loop, which upy gets wrong today (see
# KNOWN_DIVERGENCES in diff_cpython::generate). Not a conformance case.

def mean(xs):
    return sum(xs) / len(xs)

def parse_all(words):
    out = []
    for w in words:
        try:
            out.append(int(w))
        except ValueError:
            out.append(None)
    return out

scores = {"ann": [3, 4, 5], "bob": [1, 1], "cy": []}
for name, marks in sorted(scores.items()):
    try:
        print(name, round(mean(marks), 2))
    except ZeroDivisionError:
        print(name, "no marks")
numbers = parse_all(["1", "x", "22", "3.5", "-4"])
print(numbers)
total = 0
for n in numbers:
    if n is None:
        continue
    total += n
print("total", total)

table = [[i * j for j in range(1, 4)] for i in range(1, 4)]
for row in table:
    print(row, sum(row))

def checked(values):
    seen = []
    for v in values:
        try:
            try:
                if v < 0:
                    raise ValueError(f"negative: {v}")
            except ArithmeticError:
                print("arith")
        except ValueError as e:
            seen.append(str(e))
    return seen

print(checked([5, -1, 7, -2]))
print("done", len(table), total % 7)
