#!/bin/sh
# check-valgrind.sh UNIT...: each unit test, the program on each golden
# input (filter and --json) and the fuzz regressions under valgrind: no
# memory error and no definite leak.  Valgrind's own failure is status
# 99, apart from the program's exit codes, which golden.sh checks.
cd "$(dirname "$0")/../.." || exit 1
vg="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite"
conf=tests/golden/mtss-recap.conf
now=2026-12-03T15:00:00-05:00
pass=0 fail=0

run() {		# what, command...
	what=$1
	shift
	"$@" > /dev/null 2> tests/fuzz/build/valgrind.err
	if [ $? = 99 ]; then
		fail=$((fail + 1))
		echo "FAIL - valgrind: $what"
		cat tests/fuzz/build/valgrind.err
	else
		pass=$((pass + 1))
		echo "ok - valgrind: $what"
	fi
}

mkdir -p tests/fuzz/build
for t in "$@"; do
	run "$t" $vg "./$t"
done
for eml in tests/golden/*.eml; do
	run "$eml" env TZ=America/New_York $vg ./mtss-recap -c $conf \
	    --now $now < "$eml"
	run "$eml --json" env TZ=America/New_York $vg ./mtss-recap -c $conf \
	    --now $now --json < "$eml"
done
for d in tests/fuzz/regress/*; do
	[ -d "$d" ] || continue
	t=$(basename "$d")
	run "regressions of $t" $vg tests/fuzz/build/replay_$t "$d"/*
done
echo "valgrind: $pass passed, $fail failed"
[ "$fail" = 0 ]
