# func: uncaught TypeError passing a keyword-only argument positionally
def connect(host, *, port=80, timeout=5):
    return f"{host}:{port} (timeout {timeout})"

print(connect("example", port=8080))
print(connect("example", 8080))
