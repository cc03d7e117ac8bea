#!/usr/bin/perl
# SPDX-License-Identifier: MIT
# The Debian symbols file of libsock2 against the library and the
# headers. Two modes:
#
#   symbols.pl --update --symbols FILE --exported LIST --version V HEADER...
#       rewrite FILE: every exported symbol, sorted; a symbol FILE already
#       has keeps its version; a new one gets the @since of its header
#       comment, else V (the package version). Fails if a symbol of FILE
#       is no longer exported (an ABI break: see doc/releasing.md).
#   symbols.pl --check --symbols FILE --exported LIST HEADER...
#       fail unless FILE, LIST (one exported name per line) and the
#       functions the headers declare (SOCK2_EXTERN ... name(...)) name the
#       same functions, and each symbol's version equals the @since of its
#       header comment where that comment has one.
use strict;
use warnings;
use Getopt::Long;

my ($mode_update, $mode_check, $symfile, $exported, $version);
GetOptions('update' => \$mode_update, 'check' => \$mode_check,
           'symbols=s' => \$symfile, 'exported=s' => \$exported,
           'version=s' => \$version) or die "usage\n";
die "symbols.pl: --update or --check\n" unless $mode_update xor $mode_check;
die "symbols.pl: --symbols and --exported are required\n"
  unless defined $symfile && defined $exported;

# Declared functions and their @since, from the doc comment before each.
my (%declared, %since);
for my $h (@ARGV) {
  open(my $fh, '<', $h) or die "symbols.pl: $h: $!\n";
  local $/;
  my $text = <$fh>;
  close $fh;
  my $last_since;
  # Walk comments and declarations in order.
  while ($text =~ m#(/\*.*?\*/)|(SOCK2_EXTERN\b[^;{(]*?\b(sock2_[a-z0-9_]*)\s*\()#gs) {
    if (defined $1) {
      my $c = $1;
      $last_since = ($c =~ /^\/\*\*/ && $c =~ /\@since\s+([0-9][0-9.]*)/)
        ? $1 : undef;
    } else {
      $declared{$3} = 1;
      $since{$3} = $last_since if defined $last_since;
      $last_since = undef;
    }
  }
}

my %exp;
open(my $eh, '<', $exported) or die "symbols.pl: $exported: $!\n";
while (<$eh>) { chomp; $exp{$_} = 1 if length; }
close $eh;

# The symbols file: header lines, then " name@Base version".
my (@head, %sym);
if (open(my $sh, '<', $symfile)) {
  while (<$sh>) {
    chomp;
    if (/^ (\S+)\@Base (\S+)/) { $sym{$1} = $2; }
    elsif (/^\S/) { push @head, $_; }
  }
  close $sh;
}

my $bad = 0;
sub list { my ($what, @n) = @_; return unless @n;
  print "$what:\n", map({ "  $_\n" } sort @n); $bad = 1; }

if ($mode_update) {
  die "symbols.pl: --version is required with --update\n" unless $version;
  list("in $symfile but no longer exported (an ABI break)",
       grep { !$exp{$_} } keys %sym);
  exit 1 if $bad;
  my $new = 0;
  for my $n (keys %exp) {
    next if exists $sym{$n};
    $sym{$n} = $since{$n} // $version;
    $new++;
  }
  @head = ("libsock2.so.0 libsock2-0 #MINVER#",
           "* Build-Depends-Package: libsock2-dev") unless @head;
  open(my $out, '>', "$symfile.tmp") or die "symbols.pl: $symfile.tmp: $!\n";
  print $out map({ "$_\n" } @head),
    map({ " $_\@Base $sym{$_}\n" } sort keys %sym);
  close $out or die;
  rename("$symfile.tmp", $symfile) or die;
  printf "%s: %d symbols, %d new\n", $symfile, scalar(keys %sym), $new;
  exit 0;
}

list("exported but not in the symbols file (make update-symbols)",
     grep { !exists $sym{$_} } keys %exp);
list("in the symbols file but not exported", grep { !$exp{$_} } keys %sym);
list("declared in the headers but not in the symbols file",
     grep { !exists $sym{$_} } keys %declared);
list("in the symbols file but declared in no header",
     grep { !$declared{$_} } keys %sym);
list("symbols file version differs from the header's \@since",
     map { "$_: $sym{$_} in the symbols file, \@since $since{$_}" }
     grep { exists $sym{$_} && exists $since{$_} && $sym{$_} ne $since{$_} }
     keys %since);
unless (grep { /^\* Build-Depends-Package: libsock2-dev$/ } @head) {
  print "no '* Build-Depends-Package: libsock2-dev' line\n"; $bad = 1;
}
exit 1 if $bad;
printf "ok: %d functions, the same in the symbols file, the export list " .
  "and the headers (%d with \@since)\n", scalar(keys %sym),
  scalar(keys %since);
