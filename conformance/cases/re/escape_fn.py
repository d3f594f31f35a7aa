# re.escape escapes special characters of str and bytes patterns.
import re
print(re.escape("a.b*c+d?e(f)g[h]i{j}k|l^m$n\\o p\tq\nr#s&t~u-v/w:x,y_z"))
print(re.escape(b"a.b\x00\xff"), re.escape("é世"), re.escape(""))
s = "1.5*(x+y)?"
print(re.match(re.escape(s), s).group() == s)
try:
    re.escape(1)
except TypeError as e:
    print("TypeError")
