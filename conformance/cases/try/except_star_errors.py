# except* refuses group classes and non-exception classes at run time, and jumps out of a
# clause or a mix with plain except at compile time.
for T in [ExceptionGroup, BaseExceptionGroup, (ValueError, ExceptionGroup), int, (ValueError, 1), "x"]:
    try:
        try:
            raise ValueError(1)
        except* T:
            print("caught?")
    except TypeError as e:
        print(type(e).__name__, e)
class MyGroup(ExceptionGroup):
    pass
try:
    try:
        raise ValueError(1)
    except* MyGroup:
        pass
except TypeError as e:
    print(e)
# The check happens even when nothing is left to match.
try:
    try:
        raise ValueError(1)
    except* ValueError:
        pass
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("second clause:", e)
sources = [
    "try:\n pass\nexcept* ValueError:\n break",
    "try:\n pass\nexcept* ValueError:\n continue",
    "for x in y:\n try:\n  pass\n except* ValueError:\n  continue",
    "while x:\n try:\n  pass\n except* ValueError:\n  if x:\n   break",
    "def f():\n try:\n  pass\n except* ValueError:\n  return",
    "def f():\n try:\n  pass\n except* ValueError:\n  for x in y: break\n  while x: continue\n  def g(): return 1\n  return",
    "def f():\n try:\n  pass\n except* ValueError:\n  for x in y: break\n  def g(): return 1",
    "try:\n pass\nexcept* ValueError:\n pass\nexcept ValueError:\n pass",
    "try:\n pass\nexcept ValueError:\n pass\nexcept* ValueError:\n pass",
    "try:\n pass\nexcept*:\n pass",
    "return",
    "try:\n pass\nexcept* ValueError:\n pass\nelse:\n pass\nfinally:\n pass",
]
for src in sources:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
