# The one-argument slots that dict, list, set and frozenset define as plain methods count
# their arguments in the method's words; the others as slot wrappers do.
for t in (dict, list, tuple, str, bytes, set, frozenset):
    for m in ("__getitem__", "__contains__"):
        f = getattr(t(), m, None)
        if f is None: continue
        for a in ((), (1, 2)):
            try: f(*a)
            except TypeError as e: print(t.__name__, m, "|", e)
