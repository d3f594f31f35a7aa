# A string's iterator type depends on its contents: all-ASCII strings get their own type.
for s in ['', 'abc', 'é', 'abc中', '😀']:
    it = iter(s)
    print(repr(s), type(it).__name__, list(it))
