"""``python -m adviesraad_app`` does what the ``adviesraad`` command does."""

import sys

from adviesraad_app.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
