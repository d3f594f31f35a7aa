# List slicing for every mix of negative, omitted, out-of-range starts, stops and steps.
a = [0, 1, 2, 3, 4, 5]
bounds = [None, -9, -6, -4, -1, 0, 1, 3, 5, 6, 9]
for step in [None, 1, 2, 4, -1, -2, -5]:
    for start in bounds:
        row = []
        for stop in bounds:
            row.append("".join(str(x) for x in a[start:stop:step]) or "-")
        print(step, start, " ".join(row))
print(a[::-1][::-1] == a, a[-1:-7:-1], a[-7::1], a[5:-7:-1])
print(a[:0], a[0:], a[6:], a[-6:-5], a[1:-1], a[1:-1:-1])
