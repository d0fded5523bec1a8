# gen: generators run lazily — prints show interleaving of producer and consumer
def numbers():
    print("start")
    for i in range(3):
        print("yielding", i)
        yield i
        print("resumed after", i)
    print("end")
g = numbers()
print("created", type(g).__name__)
for x in g:
    print("got", x)
print("loop done")
g2 = numbers()
print(next(g2))
print(next(g2))
print(list(g2))
print(list(g2))
