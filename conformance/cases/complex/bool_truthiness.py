print(bool(0j), bool(1j), bool(1+0j), bool(complex(0, 0)))
print(bool(complex(-0.0, -0.0)), bool(complex(0, 1e-300)))
print(bool(complex(float("nan"), 0)))
print(not 0j, not 2j)
print(0j or "fallback", 1j and "yes")
if 1e-10j:
    print("truthy")
print([z for z in [0j, 1j, 0+0j, -1] if z])
