# mtss-recap: expands an MTSS coach's short notes into the full recap.

PREFIX	?= /usr/local
BINDIR	?= $(PREFIX)/bin
MANDIR	?= $(PREFIX)/share/man
DESTDIR	?=

CC	?= cc
PKGS	 = libetpan libical json-c inih libpsl
WARN	 = -Wall -Wextra -Wshadow -Wpointer-arith -Wstrict-prototypes \
	   -Wmissing-prototypes -Wwrite-strings -Wformat=2 -Wvla \
	   -Wcast-align -Wundef -Wno-unused-parameter
# CI builds with WERROR=-Werror.
WERROR	?=
CFLAGS	?= -O2 -g
# json-c's pkg-config gives -I: treat its headers as system headers.
PKG_CFLAGS := $(subst -I,-isystem ,$(shell pkg-config --cflags $(PKGS) 2>/dev/null))
# libetpan's pkg-config asks for a dpkg spec file that makes executables
# non-PIE; drop it and link PIE as everything else here.
PKG_LIBS := $(filter-out -specs=%,$(shell pkg-config --libs $(PKGS) 2>/dev/null))
ALL_CFLAGS = -std=c11 -D_GNU_SOURCE -Iinclude $(PKG_CFLAGS) $(WARN) \
	   $(WERROR) $(CFLAGS) $(EXTRA_CFLAGS)
ALL_LDFLAGS = $(LDFLAGS) $(EXTRA_LDFLAGS)
# make V=1 shows the commands.
Q	 = $(if $(V),,@)

BASE	 = src/util.o src/buf.o src/diag.o
INTAKE	 = src/intake.o src/intake_text.o src/intake_addr.o \
	   src/intake_part.o src/intake_html.o src/intake_clean.o \
	   src/intake_attach.o src/intake_guard.o
NOTES	 = src/notes.o src/lines.o src/linekind.o src/fillin.o \
	   src/notes_dir.o src/actions.o src/touchpoint.o src/wording.o
CONFIG	 = src/config.o src/directory.o
# The bounds of the notes step (src/notes_limits.h).
NOTES	+= src/notes_limits.o
DATES	 = src/dates.o src/datephrase.o src/dateday.o src/daterel.o \
	   src/dateclock.o
RECAP	 = src/recap.o src/recap_write.o
CORE	 = $(BASE) $(CONFIG) $(INTAKE) $(DATES) $(NOTES) $(RECAP) \
	   src/invite.o src/invite_text.o src/outbound.o src/outbound_hdr.o \
	   src/outbound_att.o src/report.o src/pipeline.o src/deliver.o \
	   src/log.o
# Send mode: guards, rate limit, sendmail, replies to the coach.
SERVICE	 = src/service.o src/guard.o src/authres.o src/rawhdr.o \
	   src/ratelimit.o src/send.o src/reply.o
OBJS	 = src/main.o $(CORE) $(SERVICE)

UNIT	 = tests/unit/test_util tests/unit/test_dates tests/unit/test_intake \
	   tests/unit/test_notes tests/unit/test_recap tests/unit/test_invite \
	   tests/unit/test_outbound tests/unit/test_config
UNIT	+= tests/unit/test_limits tests/unit/test_authres tests/unit/test_guard
UNIT	+= tests/unit/test_log

# Debian packages to build and run it (the quick start needs no more),
# then those the tests add: the mail servers they run for real among them.
BUILD_PKGS = gcc make pkg-config dpkg-dev tzdata libetpan-dev libical-dev \
	   libjson-c-dev libinih-dev libpsl-dev publicsuffix
DEB_PKGS = $(BUILD_PKGS) libcmocka-dev python3 python3-icalendar \
	   time postfix procmail dovecot-sieve debootstrap iproute2

.PHONY: all deps js-deps check unit golden interop service integration clients badinput example bench \
	install clean

all: mtss-recap

mtss-recap: $(OBJS)
	@echo "  LD	$@"
	$(Q)$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $(OBJS) $(PKG_LIBS)

src/%.o: src/%.c include/*.h
	@echo "  CC	$@"
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $@ $<

tests/unit/%.o: tests/unit/%.c include/*.h
	@echo "  CC	$@"
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(DATES): src/dateint.h

$(NOTES): src/notes_int.h src/notes_limits.h
$(RECAP): src/recap_int.h
$(INTAKE): src/intake_int.h
$(CONFIG): src/config_int.h
tests/unit/test_notes.o tests/unit/notes_cases.o \
    tests/unit/notes_dircases.o: tests/unit/notes_cases.h

# Each unit test links only the steps it exercises, so one step can be
# built and tested before the others exist.
TLIBS	 = $(PKG_LIBS) -lcmocka
tests/unit/test_util: tests/unit/test_util.o $(BASE)
	@echo "  LD	$@"
	$(Q)$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $^ $(TLIBS)
tests/unit/test_dates: tests/unit/test_dates.o $(DATES) $(BASE)
	@echo "  LD	$@"
	$(Q)$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $^ $(TLIBS)
tests/unit/test_intake: tests/unit/test_intake.o $(INTAKE) $(BASE)
	@echo "  LD	$@"
	$(Q)$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $^ $(TLIBS)
tests/unit/test_notes: tests/unit/test_notes.o tests/unit/notes_cases.o \
    tests/unit/notes_dircases.o $(NOTES) $(DATES) \
    $(INTAKE) $(CONFIG) $(BASE)
	@echo "  LD	$@"
	$(Q)$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $^ $(TLIBS)
tests/unit/test_recap: tests/unit/test_recap.o $(RECAP) $(DATES) \
    $(INTAKE) $(BASE)
	@echo "  LD	$@"
	$(Q)$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $^ $(TLIBS)
tests/unit/test_invite: tests/unit/test_invite.o src/invite.o \
    src/invite_text.o $(DATES) \
    $(INTAKE) $(CONFIG) $(BASE)
	@echo "  LD	$@"
	$(Q)$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $^ $(TLIBS)
tests/unit/test_outbound: tests/unit/test_outbound.o \
    tests/unit/msgcheck.o src/outbound.o src/outbound_hdr.o \
    src/outbound_att.o $(BASE)
	@echo "  LD	$@"
	$(Q)$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $^ $(TLIBS)
# The parser is swapped for a stand-in that crashes, spins or hangs.
tests/unit/test_guard: tests/unit/test_guard.o $(INTAKE) $(BASE)
	@echo "  LD	$@"
	$(Q)$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -Wl,--wrap=intake_read -o $@ \
	    $^ $(TLIBS)
tests/unit/test_authres: tests/unit/test_authres.o src/authres.o $(BASE)
	@echo "  LD	$@"
	$(Q)$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $^ $(TLIBS)
tests/unit/test_log: tests/unit/test_log.o src/log.o $(BASE)
	@echo "  LD	$@"
	$(Q)$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $^ $(TLIBS)
tests/unit/test_config: tests/unit/test_config.o $(CONFIG) $(BASE)
	@echo "  LD	$@"
	$(Q)$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $^ $(TLIBS)

tests/unit/test_limits: tests/unit/test_limits.o $(CORE) $(SERVICE)
	@echo "  LD	$@"
	$(Q)$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $^ $(TLIBS)

# Install what is missing, as root or through sudo.
deps:
	@missing=; for p in $(DEB_PKGS); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | \
	    grep -q 'ok installed' || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	    sudo=; [ "$$(id -u)" = 0 ] || sudo=sudo; \
	    echo "installing:$$missing"; \
	    echo "postfix postfix/main_mailer_type select No configuration" | \
	    $$sudo debconf-set-selections; \
	    $$sudo apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq \
	    --no-install-recommends $$missing >/dev/null || exit 1; fi

# The quick start: the bundled notes become a recap, shown on the terminal.
example:
	@$(MAKE) --no-print-directory deps DEB_PKGS="$(BUILD_PKGS)"
	@$(MAKE) --no-print-directory all
	./mtss-recap --now 2026-12-03T15:00:00-05:00 \
	    -c contrib/examples/mtss-recap.conf < contrib/examples/notes.eml

check: deps
	@$(MAKE) --no-print-directory all $(UNIT) $(REPLAY)
	@$(MAKE) --no-print-directory unit golden interop clients badinput fuzz-regress
	@$(MAKE) --no-print-directory service integration

unit: $(UNIT)
	@fail=0; for t in $(UNIT); do \
	    echo "== $$t"; ./$$t || fail=1; done; exit $$fail

golden: mtss-recap
	sh tests/golden.sh

interop: mtss-recap js-deps
	sh tests/interop.sh

# Node and the npm packages of tests/js, pinned by its package-lock.json.
js-deps:
	@command -v node >/dev/null && command -v npm >/dev/null || \
	    $(MAKE) --no-print-directory deps DEB_PKGS="nodejs npm"
	@[ -d tests/js/node_modules ] || \
	    npm ci --prefix tests/js --no-audit --no-fund --loglevel=error

# Send mode with stand-in sendmails; then real Postfix and procmail.
service: mtss-recap
	sh tests/service.sh

integration: mtss-recap
	sh tests/integration/postfix.sh
	sh tests/integration/procmail.sh
	sh tests/integration/sieve.sh
	sh tests/integration/sendmail.sh
	sh tests/integration/syslog.sh

clients: mtss-recap
	sh tests/clients.sh

badinput: mtss-recap
	sh tests/badinput.sh

bench: mtss-recap
	sh tests/bench.sh

install: mtss-recap
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
	    $(DESTDIR)$(MANDIR)/man5
	install -m 755 mtss-recap $(DESTDIR)$(BINDIR)/mtss-recap
	install -m 644 man/mtss-recap.1 $(DESTDIR)$(MANDIR)/man1/
	install -m 644 man/mtss-recap.conf.5 $(DESTDIR)$(MANDIR)/man5/

clean:
	rm -f mtss-recap src/*.o tests/unit/*.o tests/fuzz/*.o $(UNIT)
	rm -rf tests/out tests/fuzz/build

include tests/fuzz/fuzz.mk
