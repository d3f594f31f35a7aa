# Building a power set as a set of frozensets, then querying it with set operations.
def power_set(items):
    result = {frozenset()}
    for x in items:
        result |= {s | {x} for s in result}
    return result

ps = power_set([1, 2, 3])
print(len(ps))
for s in sorted(ps, key=lambda f: (len(f), sorted(f))):
    print(sorted(s))
print(frozenset({1, 3}) in ps, {2, 3} in ps, frozenset({4}) in ps)
print(len(power_set(range(6))), len(power_set([])), len(power_set([1, 1, 1])))
evens = {s for s in ps if sum(s) % 2 == 0}
print(sorted(sorted(s) for s in evens))
subsets_of_12 = {s for s in ps if s <= {1, 2}}
print(sorted(sorted(s) for s in subsets_of_12))
print(frozenset().union(*ps) == {1, 2, 3})
print(frozenset({1, 2, 3}).intersection(*[s for s in ps if s]))
