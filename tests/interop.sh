#!/bin/sh
# interop.sh: the golden recaps (left in tests/out/ by golden.sh) read by
# independent parsers: Python's email package and python3-icalendar from
# Debian, then mailparser and ical.js (Thunderbird's) from npm.  Debian's
# python3 is used on purpose: a python3 earlier on PATH may not see
# python3-icalendar.
cd "$(dirname "$0")/.." || exit 1
set -- tests/out/*.eml
if [ ! -f "$1" ]; then
	echo "interop: no recaps in tests/out; run tests/golden.sh first"
	exit 1
fi
/usr/bin/python3 tests/interop.py "$@" || fail=1
node tests/interop.mjs "$@" || fail=1
exit ${fail:-0}
