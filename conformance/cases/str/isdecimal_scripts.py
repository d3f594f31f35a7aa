# requires: unicode
# str.isdecimal(): every character is a decimal digit (category Nd) of some script.
for s in ["0123456789", "٣", "١٢", "１２", "߁", "१२३", "𝟘𝟙", "𞥐", "²", "½", "Ⅻ", "٣.٥",
          "-1", " 1", "1a", "", "\u0660\u0669", "\u065f", "\u066a", "\U0001fbf9", "\U0001fbfa"]:
    print(repr(s), s.isdecimal())
