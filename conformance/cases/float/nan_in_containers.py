# Containers use identity before equality, so the same NaN object is found but equal-looking NaNs are not.
# requires: float
nan = float("nan")
other = float("nan")
print(nan in [nan], other in [nan], [nan] == [nan], [nan] == [other], (nan,) == (nan,))
print([nan].count(nan), [nan, other].index(other), {nan: 1}.get(nan), {nan: 1}.get(other))
s = {nan, nan, other}
print(len(s), nan in s, float("nan") in s)
d = {}
d[nan] = "a"
d[other] = "b"
print(len(d), d[nan], d[other])
print([nan] != [nan], [nan] < [nan], nan in (1.0, nan), nan in {0: 1, nan: 2})
print(0.0 in [-0.0], -0.0 in {0}, {0.0: "z"}[-0.0], [0.0].index(-0.0))
print(sorted(set([1.0, 1, True, 2.0, 2])), len({1, 1.0, True}), len({0, -0.0, False}))
lst = [nan, 1.0]
lst.remove(nan)
print(lst)
