#!/bin/sh
# run.sh SECONDS TARGET...: each libFuzzer target in turn for SECONDS,
# from the seeds of seeds.sh, keeping what it learns in
# tests/fuzz/build/corpus/TARGET and any crash in tests/fuzz/build/crash/.
# Exits 1 when a target found something: see tests/fuzz/README.
cd "$(dirname "$0")/../.." || exit 1
secs=$1
shift
dir=tests/fuzz/build
sh tests/fuzz/seeds.sh "$dir/seeds" || exit 1
mkdir -p "$dir/crash"
fail=0
for t in "$@"; do
	mkdir -p "$dir/corpus/$t"
	echo "== fuzz $t for ${secs}s"
	"$dir/fuzz_$t" -max_total_time="$secs" -max_len=65536 -timeout=10 \
	    -rss_limit_mb=2048 -print_final_stats=1 \
	    -artifact_prefix="$dir/crash/$t-" \
	    "$dir/corpus/$t" "$dir/seeds/$t" > "$dir/$t.log" 2>&1
	status=$?
	grep -E '^#[0-9]+.*(DONE|INITED)|stat::(number_of_executed_units|average_exec_per_sec|peak_rss)' \
	    "$dir/$t.log"
	if [ "$status" != 0 ]; then
		fail=1
		echo "FAIL - fuzz $t found a problem (status $status):"
		grep -E 'ERROR|property failed|SUMMARY|Test unit written' \
		    "$dir/$t.log" | head -20
	else
		echo "ok - fuzz $t"
	fi
done
exit $fail
