# requires: float, unicode
# float() reads decimal digits (category Nd) of every script as their ASCII digits.
for s in ["١.٥", "٣", "-١٢.٥", "１２.５", "١e٣", "١E-٢", ".٥", "٥.", "1_٣.٥", "\u2003٢.٥\u2003",
          "𝟏𝟐.𝟓", "१.५e१", "٣.٥_١"]:
    print(repr(s), float(s))
for s in ["²", "½", "١,٥", "١٫٥", "١.٥.٥", "٣ ٣", "١e", "inf٣"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
