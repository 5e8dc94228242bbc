# exc_type_error.py — an uncaught TypeError from adding str and int.
count = 3
print("count is", count)
print("total: " + count)
