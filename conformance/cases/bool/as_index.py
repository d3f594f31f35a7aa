a = ["no", "yes"]
print(a[True], a[False])
s = "ab"
print(s[True])
t = (10, 20)
print(t[False])
d = {1: "one"}
print(d[True])
