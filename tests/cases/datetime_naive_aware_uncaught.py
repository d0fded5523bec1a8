from datetime import datetime, timezone

deadline = datetime(2024, 6, 1, 12, 0, tzinfo=timezone.utc)
created = datetime(2024, 5, 1, 9, 30)
print(deadline == created, deadline != created)
try:
    print(deadline - created)
except TypeError as e:
    print("TypeError:", e)
print(deadline > created.replace(tzinfo=timezone.utc))


def is_overdue(now, due):
    return now > due


print(is_overdue(created, deadline))
