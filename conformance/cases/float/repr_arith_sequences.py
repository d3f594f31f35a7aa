# repr of accumulated arithmetic results shows binary rounding in the shortest form.
# requires: float
print([i * 0.1 for i in range(11)])
print([i / 10 for i in range(11)])
acc = 0.0
seq = []
for i in range(10):
    acc += 0.1
    seq.append(acc)
print(seq)
print([1 / n for n in range(1, 13)])
print([2.0 ** -n for n in range(0, 60, 7)])
print([round(0.1 * i, 2) for i in range(11)])
print([x * 3 for x in (0.1, 0.2, 0.3, 1.1, 2.2)])
print(1.1 * 1.1, 3.3 / 1.1, 0.1 ** 2, 100 * 1.15, 4.35 * 100, 0.57 * 100)
