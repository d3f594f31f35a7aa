# Reading a file the case laid out, by path from sys.path[0].
# file: data.txt
#| alpha
#| beta
#| gamma
import sys
with open(sys.path[0] + "/data.txt") as f:
    print(f.read().split())
with open(sys.path[0] + "/data.txt", "r") as f:
    print([line.rstrip("\n") for line in f])
with open(sys.path[0] + "/data.txt", "rb") as f:
    print(f.read())
