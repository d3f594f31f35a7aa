# complex() of strings with underscores: only between digits, anywhere else the "could not
# convert" ValueError rather than "malformed"; long literals with folded exponents.
# requires: float
for s in ["1_j", "1__0j", "_1j", "1_0j", "1_0+2_0j", "1_+2j", "1+_2j", "1e1_0j", "1.5_j",
          "1j_", "(1_0)", "( 1_0 )", "1_.5j", "1e_5j", "-1_0e-1_0j", "_", "(_)", " 1_0 ",
          "1_0 +2j", "inf_j", "1_e5", "0_0.0_0e0_0j", "'_'", "1" * 500 + "e-500j",
          "-" + "2" * 500 + "e-500+" + "3" * 500 + "e-500j", "1e99999999999999999999j"]:
    try:
        print(s[:24], complex(s))
    except ValueError as e:
        print(s[:24], "ValueError", str(e)[:60])
