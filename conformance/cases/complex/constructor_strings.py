for s in ["1+2j", " 3j ", "-1.5e3-2j", "1", "-2.5", "j", "-j", "+j", "1-j",
          "(1+2j)", " ( 4-5j ) ", "1e-3j", "infj", "-inf+nanj", "0x0", "1_000+2_0j",
          "1.e2", ".5j", "1+2J"]:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
