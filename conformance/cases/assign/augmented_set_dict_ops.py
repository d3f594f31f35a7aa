# Checks in-place set and dict operators (|=, &=, -=, ^=) mutate the object seen through aliases.
s = {1, 2, 3}
alias = s
s |= {4}
s &= {1, 2, 4, 9}
s -= {2}
s ^= {4, 5}
print(sorted(alias), s is alias)
s = s | {100}
print(s is alias, sorted(alias))
fs = frozenset({1})
fa = fs
fs |= {2}
print(sorted(fs), sorted(fa), fs is fa)
for src in ["s = {1}\ns |= [2]", "s = {1}\ns += {2}", "d = {}\nd += {1: 2}", "d = {}\nd |= 5", "d = {}\nd = d | [(1, 2)]"]:
    try:
        exec(src)
        print("ok")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
d = {"a": 1}
da = d
d |= {"b": 2}
d |= [("c", 3)]
print(da, d is da)
d = d | {"z": 0}
print(d is da)
