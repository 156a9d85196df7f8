#!/bin/sh
# check-asan.sh: the unit, golden and fuzz-regression tests with the
# whole program rebuilt under ASan and UBSan (any error ends the run),
# in a copy of the tree under tests/fuzz/build/asan so the normal
# objects are left alone.  LeakSanitizer reports any leak.
cd "$(dirname "$0")/../.." || exit 1
dir=tests/fuzz/build/asan
san="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
rm -rf "$dir"
mkdir -p "$dir"
tar -cf - --exclude='*.o' --exclude=tests/fuzz/build --exclude=tests/out \
    Makefile include src tests contrib | tar -xf - -C "$dir" || exit 1
# A failed allocation returns NULL, as malloc(3) does, so the tests of
# running out of memory see xmalloc's exit 75, not ASan's report.
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export ASAN_OPTIONS=$ASAN_OPTIONS:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# -B: the copied binaries are stale whatever their times say.
make -B -C "$dir" --no-print-directory all unit-bins replay-bins \
    EXTRA_CFLAGS="$san" EXTRA_LDFLAGS="$san" CFLAGS="-O1 -g" || exit 1
make -C "$dir" --no-print-directory unit golden fuzz-regress
