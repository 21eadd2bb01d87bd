"""`python -m frontmap`: the same command line as `frontmap`."""

from frontmap.cli import main

if __name__ == "__main__":
    main()
