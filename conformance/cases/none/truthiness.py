print(bool(None))
print(not None)
print(None or "default")
print(None and "never")
if None:
    print("no")
else:
    print("None is falsy")
