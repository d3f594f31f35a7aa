try:
    print("in try")
    raise ValueError("escapes")
finally:
    print("finally still runs")
