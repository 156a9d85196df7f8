#!/bin/sh
# interop.sh: the golden recaps (left in tests/out/ by golden.sh) read by
# independent parsers from Debian.  Debian's python3 is used on purpose:
# a python3 earlier on PATH may not see python3-icalendar.
cd "$(dirname "$0")/.." || exit 1
set -- tests/out/*.eml
if [ ! -f "$1" ]; then
	echo "interop: no recaps in tests/out; run tests/golden.sh first"
	exit 1
fi
exec /usr/bin/python3 tests/interop.py "$@"
