# Unicode subjects: positions count characters; categories and classes beyond ASCII.
import re
s = "naïve café — 東京 ١٢٣ 😀!"
print(re.findall(r"\w+", s), [m.span() for m in re.finditer(r"\w+", s)])
print(re.search("東京", s).span(), re.search("😀", s).span(), re.findall(r"\d+", s))
print(re.findall("[à-ÿ]", s), re.findall("[^\\x00-\\x7f]", "aé😀"), re.findall(r"[\U0001f600-\U0001f64f]", s))
print(re.sub("é", "e", s), re.split(" ", s), len(re.match(".*", s).group()))
print(re.match(r"\u00e9", "é"), re.match("(?i)ÉCOLE", "école"), re.match("(?i)Ω", "ω"))
