# A dict holding its own keys/values/items view reprs the recursion as '...'.
v = {}
v["v"] = v.values()
print(v)
k = {}
k[0] = k.items()
print(k)
ks = {}
ks["keys"] = ks.keys()
print(ks, ks["keys"])
l = [{}]
l[0]["vals"] = l[0].values()
print(l)
