# Pattern.scanner steps through matches; the module's other names.
import re
sc = re.compile(r"\d+|\s+|\w+").scanner("ab 12 cd")
print([m.group() for m in iter(sc.match, None)])
sc = re.compile(r"\d").scanner("a1b2")
print(sc.search(), sc.search(), sc.search(), sc.match())
print(sorted(n for n in ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile", "purge", "escape", "error", "Pattern", "Match", "RegexFlag", "NOFLAG"] if hasattr(re, n)))
