# sys.modules is the table import consults: an entry put there is what import returns.
import sys
m = type(sys)("fake", "a fake module")
m.answer = 42
sys.modules["fake"] = m
import fake
print(fake is m, fake.answer, fake.__doc__)
from fake import answer
print(answer)
# file: replacer.py
#| import sys
#| sys.modules[__name__] = "replaced by a str"
import replacer
print(replacer)
print(type(sys.modules), "sys" in sys.modules, "builtins" in sys.modules)
print(sys.modules["__main__"].__name__)
