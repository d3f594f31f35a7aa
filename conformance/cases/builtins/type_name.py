# requires: float
for v in [0, 0.0, "", False, None, [], (), {}, ValueError()]:
    print(type(v).__name__)
print(int.__name__, str.__name__, list.__name__)
