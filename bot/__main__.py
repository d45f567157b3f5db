import sys

from bot.start import main

sys.exit(main())
