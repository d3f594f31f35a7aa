# requires: bigint
print(int("123456789012345678901234567890"))
print(int("-99999999999999999999"))
print(int("ffffffffffffffffffff", 16))
print(int("1" * 70, 2))
print(int("9223372036854775808"))
print(int("-9223372036854775809"))
