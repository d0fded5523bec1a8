import sys

def main():
    print("main ran")
    return None

if __name__ == "__main__":
    sys.exit(main())
