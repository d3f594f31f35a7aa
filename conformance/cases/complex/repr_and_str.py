values = [1+2j, 1j, -1j, complex(-0.0, -1), complex(0.0, -1), complex(-0.0, 0.0),
          complex(float("nan"), float("inf")), complex(1e20, 1e-20), 0j,
          complex(1, -0.0), 1.5+0j, complex(float("-inf"), float("nan")),
          1e16j, 123456789012345678j, 0.1+0.2j, complex(2, 3.0), 1e-5j, -1.5-2.5j]
for v in values:
    print(repr(v), str(v))
print([1j, 2+0j])
print(f"{3-4j}", "%s" % (1j,), "{}".format(2j))
