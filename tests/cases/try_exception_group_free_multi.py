# try: handling several independent failures in a loop, collecting messages, continuing after errors
inputs = ["10", "0", "abc", "-5", None, "2.5"]
results = []
for raw in inputs:
    try:
        n = int(raw)
        results.append(100 // n)
    except ZeroDivisionError:
        results.append("div0")
    except ValueError as e:
        results.append(f"bad:{raw}")
    except TypeError as e:
        results.append(type(e).__name__)
    else:
        results.append("ok")
    finally:
        results.append("|")
print(results)
