from datetime import date, datetime

start = datetime(2024, 1, 15, 8, 30)
end_date = date(2024, 2, 1)
print((datetime.combine(end_date, start.time()) - start).days)
print((end_date - start.date()).days)
remaining = end_date - start
print(remaining)
