try:
    int("x")
except Exception as e:
    print(isinstance(e, ValueError))
    print(isinstance(e, (KeyError, ValueError)))
    print(type(e) == ValueError)
    print(type(e).__name__)
    print(type(e))
