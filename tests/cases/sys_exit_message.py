import sys
print("start")
sys.exit("fatal: something went wrong")
