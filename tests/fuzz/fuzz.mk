# fuzz.mk: fuzzing, sanitizer and valgrind runs, included by the Makefile.
#
# The libFuzzer targets are built with clang, ASan and UBSan into
# tests/fuzz/build/, apart from the normal objects.  make check replays
# tests/fuzz/regress/TARGET/* through the same targets built with the
# ordinary compiler (no clang needed).  See tests/fuzz/README.

FUZZ_CC	 ?= clang
FUZZ_DIR  = tests/fuzz/build
FUZZ_TARGETS = intake notes dates config pipeline
# Seconds each target runs in make fuzz; fuzz-short is what CI runs.
FUZZ_SECONDS ?= 60
FUZZ_SHORT ?= 20
SAN_FLAGS = -fsanitize=address,undefined -fno-sanitize-recover=all \
	   -fno-omit-frame-pointer
FUZZ_CFLAGS = -std=c11 -D_GNU_SOURCE -Iinclude -Isrc $(PKG_CFLAGS) \
	   -g -O1 $(SAN_FLAGS)
# The core without the process's own I/O (deliver, the log line).
FUZZ_CORE = $(filter-out src/deliver.o src/log.o src/report.o,$(CORE))
FUZZ_COMMON = tests/fuzz/common.o tests/fuzz/props.o \
	   tests/fuzz/props_parts.o
FUZZ_BINS = $(FUZZ_TARGETS:%=$(FUZZ_DIR)/fuzz_%)
REPLAY	 = $(FUZZ_TARGETS:%=$(FUZZ_DIR)/replay_%)
FUZZ_PKGS = clang libclang-rt-14-dev valgrind

.PHONY: fuzz fuzz-short fuzz-build fuzz-regress fuzz-deps check-asan \
	check-valgrind unit-bins replay-bins

unit-bins: $(UNIT)
replay-bins: $(REPLAY)

$(FUZZ_DIR)/%.o: %.c include/*.h src/*.h tests/fuzz/fuzz.h
	@mkdir -p $(@D)
	@echo "  FUZZCC	$@"
	$(Q)$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

$(FUZZ_DIR)/fuzz_%: $(FUZZ_DIR)/tests/fuzz/fuzz_%.o \
    $(FUZZ_COMMON:%=$(FUZZ_DIR)/%) $(FUZZ_CORE:%=$(FUZZ_DIR)/%)
	@echo "  FUZZLD	$@"
	$(Q)$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $^ $(PKG_LIBS)

tests/fuzz/%.o: tests/fuzz/%.c include/*.h src/*.h tests/fuzz/fuzz.h
	@echo "  CC	$@"
	$(Q)$(CC) $(ALL_CFLAGS) -Isrc -c -o $@ $<

$(FUZZ_DIR)/replay_%: tests/fuzz/replay.o tests/fuzz/fuzz_%.o \
    $(FUZZ_COMMON) $(FUZZ_CORE)
	@mkdir -p $(@D)
	@echo "  LD	$@"
	$(Q)$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $^ $(PKG_LIBS)

# The findings of past runs, each named for what it reproduces.
fuzz-regress: $(REPLAY)
	@fail=0; for t in $(FUZZ_TARGETS); do \
	    set -- tests/fuzz/regress/$$t/*; [ -e "$$1" ] || continue; \
	    echo "== fuzz regressions: $$t"; \
	    $(FUZZ_DIR)/replay_$$t "$$@" || fail=1; done; exit $$fail

fuzz-deps:
	@$(MAKE) --no-print-directory deps DEB_PKGS="$(FUZZ_PKGS)"

fuzz-build: fuzz-deps
	@$(MAKE) --no-print-directory $(FUZZ_BINS)

fuzz: fuzz-build
	sh tests/fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

fuzz-short: fuzz-build
	sh tests/fuzz/run.sh $(FUZZ_SHORT) $(FUZZ_TARGETS)

# Everything rebuilt with ASan and UBSan in a copy of the tree.
check-asan: fuzz-deps
	sh tests/fuzz/check-asan.sh

check-valgrind: fuzz-deps
	@$(MAKE) --no-print-directory all $(UNIT) $(REPLAY)
	sh tests/fuzz/check-valgrind.sh $(UNIT)

# Keep the objects: they are intermediate to make, slow to rebuild.
.SECONDARY: $(FUZZ_CORE:%=$(FUZZ_DIR)/%) $(FUZZ_COMMON:%=$(FUZZ_DIR)/%) \
	   $(FUZZ_TARGETS:%=$(FUZZ_DIR)/tests/fuzz/fuzz_%.o) \
	   $(FUZZ_TARGETS:%=tests/fuzz/fuzz_%.o) $(FUZZ_COMMON) \
	   tests/fuzz/replay.o
