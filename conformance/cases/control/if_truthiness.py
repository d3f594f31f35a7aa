# requires: float
for v in [0, 1, -1, 0.0, "", "0", [], [0], (), {}, {0: 0}, None, True, False]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
