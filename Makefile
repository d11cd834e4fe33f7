# Builds and installs octavo (GNU make; needs Swift, plus strip and install from
# Debian's binutils and coreutils).
#
#   make                             release binary with the Swift runtime linked in,
#                                    stripped; its man page and shell completions
#   make install PREFIX=/usr/local   builds if needed, then installs (DESTDIR honoured)
#   make uninstall PREFIX=/usr/local removes exactly the five installed files
#   make clean                       removes BUILD_DIR
#
# Everything is built under BUILD_DIR (default .build-release). The man page and the
# completions are generated from the binary's own help, once, when the binary
# changes, never at install time.
#
# Installing a binary built elsewhere, without a release build: pass it as OCTAVO
# and a man page as MANPAGE; the completions are generated from OCTAVO into BUILD_DIR:
#   make install PREFIX=$HOME/.local BUILD_DIR=build-given OCTAVO=path/to/octavo MANPAGE=path/to/octavo.1

BUILD_DIR ?= .build-release
PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
BASH_COMPLETION_DIR ?= $(PREFIX)/share/bash-completion/completions
ZSH_COMPLETION_DIR ?= $(PREFIX)/share/zsh/site-functions
FISH_COMPLETION_DIR ?= $(PREFIX)/share/fish/vendor_completions.d

SWIFT ?= swift
STRIP ?= strip
INSTALL ?= install

STRIPPED := $(BUILD_DIR)/stripped/octavo
OCTAVO ?= $(STRIPPED)
MANPAGE ?= $(BUILD_DIR)/octavo.1
BASH_COMPLETION := $(BUILD_DIR)/completions/octavo
ZSH_COMPLETION := $(BUILD_DIR)/completions/_octavo
FISH_COMPLETION := $(BUILD_DIR)/completions/octavo.fish

# What the release build reads; the binary is rebuilt when one of them changes.
SOURCES := Package.swift $(wildcard Package.resolved) $(shell find Sources -type f)
# swift-argument-parser's generate-manual: the tool its generate-manual plugin runs on
# each executable. The plugin is not used because it first rebuilds the package in
# release mode without --static-swift-stdlib, which recompiles every module and
# relinks octavo against the shared Swift runtime.
GENERATE_MANUAL := $(BUILD_DIR)/release/generate-manual

build: $(OCTAVO) $(MANPAGE) $(BASH_COMPLETION) $(ZSH_COMPLETION) $(FISH_COMPLETION)

$(STRIPPED): $(SOURCES)
	$(SWIFT) build -c release --static-swift-stdlib --scratch-path $(BUILD_DIR) --product octavo
	mkdir -p $(@D)
	$(STRIP) -o $@ $(BUILD_DIR)/release/octavo

# Built with the flags of the binary's build, so it reuses its ArgumentParser module.
$(GENERATE_MANUAL): Package.swift $(wildcard Package.resolved)
	$(SWIFT) build -c release --static-swift-stdlib --scratch-path $(BUILD_DIR) --product generate-manual

# One page, section 1, written as octavo.1 in BUILD_DIR.
$(BUILD_DIR)/octavo.1: $(OCTAVO) $(GENERATE_MANUAL)
	$(GENERATE_MANUAL) $(OCTAVO) --output-directory $(@D)

$(BASH_COMPLETION): $(OCTAVO)
	mkdir -p $(@D)
	$(OCTAVO) --generate-completion-script bash > $@

$(ZSH_COMPLETION): $(OCTAVO)
	mkdir -p $(@D)
	$(OCTAVO) --generate-completion-script zsh > $@

$(FISH_COMPLETION): $(OCTAVO)
	mkdir -p $(@D)
	$(OCTAVO) --generate-completion-script fish > $@

install: build
	$(INSTALL) -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
		$(DESTDIR)$(BASH_COMPLETION_DIR) $(DESTDIR)$(ZSH_COMPLETION_DIR) $(DESTDIR)$(FISH_COMPLETION_DIR)
	$(INSTALL) -m 755 $(OCTAVO) $(DESTDIR)$(BINDIR)/octavo
	$(INSTALL) -m 644 $(MANPAGE) $(DESTDIR)$(MANDIR)/man1/octavo.1
	$(INSTALL) -m 644 $(BASH_COMPLETION) $(DESTDIR)$(BASH_COMPLETION_DIR)/octavo
	$(INSTALL) -m 644 $(ZSH_COMPLETION) $(DESTDIR)$(ZSH_COMPLETION_DIR)/_octavo
	$(INSTALL) -m 644 $(FISH_COMPLETION) $(DESTDIR)$(FISH_COMPLETION_DIR)/octavo.fish

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/octavo $(DESTDIR)$(MANDIR)/man1/octavo.1 \
		$(DESTDIR)$(BASH_COMPLETION_DIR)/octavo $(DESTDIR)$(ZSH_COMPLETION_DIR)/_octavo \
		$(DESTDIR)$(FISH_COMPLETION_DIR)/octavo.fish

clean:
	rm -rf $(BUILD_DIR)

.PHONY: build install uninstall clean
# A recipe that fails leaves no half-written file behind.
.DELETE_ON_ERROR:
