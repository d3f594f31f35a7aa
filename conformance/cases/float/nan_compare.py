# requires: float
nan = float("nan")
print(nan == nan)
print(nan != nan)
print(nan < 1.0, nan > 1.0, nan <= nan, nan >= nan)
x = nan
print(x == x)
print(nan + 1)
print(nan * 0)
print(-nan)
print(bool(nan))
