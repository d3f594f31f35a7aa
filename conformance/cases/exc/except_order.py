try:
    {}[1]
except IndexError:
    print("IndexError")
except LookupError:
    print("LookupError first match")
except KeyError:
    print("KeyError never")
try:
    raise KeyError(1)
except Exception:
    print("Exception")
except KeyError:
    print("never")
