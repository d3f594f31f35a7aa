# open()'s mode checks and their messages.
# file: m.txt
#| m
import sys
path = sys.path[0] + "/m.txt"
for mode in ["rw", "", "b", "+", "rr", "U", "rt+b", "tb", "r++", "xa", "q", "wa", "rbt"]:
    try:
        open(path, mode)
        print(mode, "opened")
    except ValueError as e:
        print(repr(mode), e)
