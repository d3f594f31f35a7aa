nan = float("nan")
s = {nan, nan}
print(len(s))
print(nan in s)
print(float("nan") in s)
t = {float("nan"), float("nan")}
print(len(t))
print(nan == nan)
u = {1, nan}
u.discard(nan)
print(u)
print({nan} == {nan})
x = [nan]
print(nan in x, float("nan") in x)
