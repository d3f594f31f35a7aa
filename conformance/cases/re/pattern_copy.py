# Patterns and matches copy as themselves.
import re
p = re.compile("a+", re.I)
m = p.match("aa")
print(p.__copy__() is p, p.__deepcopy__({}) is p, m.__copy__() is m, m.__deepcopy__({}) is m)
