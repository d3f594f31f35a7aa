# update, | and {**} replace nested values wholesale rather than merging them.
base = {"opts": {"a": 1, "b": 2}, "name": "x"}
over = {"opts": {"b": 20}}
m = base.copy()
m.update(over)
print(m, base)
print({**base, **over}, dict(base, **over))
def deep_merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out
print(deep_merge(base, over), deep_merge({}, over), deep_merge(base, {}))
shared = {"list": [1]}
c = {**shared}
c["list"].append(2)
print(shared)
n = {"a": {"b": {"c": 1}}}
n2 = n.copy()
n2["a"]["b"]["c"] = 99
print(n)
