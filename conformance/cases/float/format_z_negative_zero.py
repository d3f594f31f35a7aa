# requires: float
# 'z' turns a negative zero (after rounding) into a positive one.
vals = [-0.0, 0.0, -0.01, -0.5, -1e-300, float("-inf"), float("nan"), -1.5]
for spec in ["z", "zf", "z.1f", "+z.1f", " z.1f", "z.0e", "zg", "z%", "z.0%", "z5", "z05",
             "z010,.2f", "zn", "z.3", "z.3e", "z.3g", "-z.0f"]:
    print(repr(spec), [format(v, spec) for v in vals])
print(f"{-0.0001:z.2f} {-0.0:z} {-0.0:z=+8.1f}")
