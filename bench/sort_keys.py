# Sorting with key functions: records as tuples and as dicts sorted by
# lambdas, named key functions and tuple keys, reverse sorts, stability,
# and min/max with key. Stresses the sort implementation, comparisons of
# ints, strings and tuples, and calls into Python key functions.

N = 40000  # records per round; tuned so CPython takes about 1.5 s
ROUNDS = 4

DEPTS = ["eng", "ops", "sales", "legal", "hr", "design", "support"]
FIRST = ["ada", "bo", "cy", "di", "ed", "flo", "gus", "hal", "ivy", "jo",
         "kit", "lu", "max", "ned", "oz", "pat"]


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % n


def make_records(rng, count):
    records = []
    for i in range(count):
        name = FIRST[rng.below(len(FIRST))] + str(rng.below(500))
        dept = DEPTS[rng.below(len(DEPTS))]
        salary = 30000 + rng.below(90000)
        age = 20 + rng.below(45)
        records.append((i, name, dept, salary, age))
    return records


def by_dept_then_salary(rec):
    return (rec[2], -rec[3])


def fold(seq, acc):
    # order-sensitive checksum of a sequence of record ids
    for i, x in enumerate(seq):
        acc = (acc * 31 + x * (i % 7 + 1)) % 1000000007
    return acc


def one_round(rng):
    recs = make_records(rng, N)
    acc = 0
    # tuple records, various keys
    acc = fold([r[0] for r in sorted(recs, key=lambda r: r[3])], acc)
    acc = fold([r[0] for r in sorted(recs, key=lambda r: r[1], reverse=True)], acc)
    acc = fold([r[0] for r in sorted(recs, key=by_dept_then_salary)], acc)
    acc = fold([r[0] for r in sorted(recs, key=lambda r: (r[4], r[1]))], acc)
    # plain tuple comparison without a key
    acc = fold([r[0] for r in sorted(recs)[::97]], acc)
    # stability: sort by age, then by dept; ties in dept keep age order
    staged = sorted(recs, key=lambda r: r[4])
    staged.sort(key=lambda r: r[2])
    acc = fold([r[0] for r in staged], acc)
    # dict records
    dicts = [{"id": r[0], "name": r[1], "dept": r[2], "pay": r[3], "age": r[4]}
             for r in recs]
    dicts.sort(key=lambda d: (d["dept"], d["age"], d["name"]), reverse=True)
    acc = fold([d["id"] for d in dicts], acc)
    # min and max with keys
    oldest = max(recs, key=lambda r: (r[4], -r[0]))
    poorest = min(dicts, key=lambda d: d["pay"])
    longest = max(recs, key=lambda r: len(r[1]))
    acc = fold([oldest[0], poorest["id"], longest[0]], acc)
    # per-department top earners
    depts = {}
    for r in recs:
        if r[2] in depts:
            depts[r[2]].append(r)
        else:
            depts[r[2]] = [r]
    for dept in sorted(depts):
        top = sorted(depts[dept], key=lambda r: r[3], reverse=True)[:3]
        acc = fold([r[0] for r in top], acc)
    # sorting plain strings and ints
    names = sorted([r[1] for r in recs])
    acc = fold([len(s) for s in names[::50]], acc)
    return acc, names[0], names[-1]


def main():
    rng = Lcg(777)
    total = 0
    for _ in range(ROUNDS):
        acc, lo, hi = one_round(rng)
        total = (total * 1000003 + acc) % 1000000007
    print("checksum", total)
    print("last round names", lo, hi)


main()
