#!/usr/bin/perl
# SPDX-License-Identifier: MIT
#
# gen-sweep.pl: generate the bad-argument sweep (tests/sweep.c) from the
# public headers, so that every public function is swept without anyone
# remembering to add it.
#
#   perl gen-sweep.pl --expect sweep-expect.txt --out sweep.c HEADER...
#
# Every `SOCK2_EXTERN type name(params);` in the headers given is parsed
# and each parameter is classified by its type (and, for plain integers,
# its name):
#
#   sock2_socket_t     -> invalid handles: SOCK2_INVALID_SOCKET, a closed
#                         descriptor, a pipe, /dev/null
#   sock2_file_t       -> invalid files: -1, a closed descriptor
#   T *                -> NULL (one pointer at a time, the others valid);
#                         non-const pointees are poisoned (0xA5) before the
#                         call and must be byte-identical after a failure;
#                         const pointees must never change
#   const sock2_addr_t * -> also an address of an unknown family whose
#                         length exceeds the storage
#   size_t             -> 0, SIZE_MAX, SIZE_MAX-1, INT_MAX+1, UINT32_MAX+1
#   sock2_duration_t   -> -2, INT64_MIN, INT64_MAX
#   int / uint32_t ... -> out-of-range values for the value's class (by
#                         parameter name: %int_names, %uint_names below)
#
# Each call varies one parameter; the others keep a valid baseline. The
# expected result follows a generic rule (EBADF for -1 and a closed
# descriptor, ENOTSOCK for a pipe and /dev/null, EINVAL for NULL and for an
# out-of-range value, EINVAL for a negative duration; for lengths, for
# INT64_MAX and for a NULL that is allowed: the same result as the baseline
# call) unless sweep-expect.txt says otherwise for that function. A
# function that takes a handle is also called once with the valid one
# (any result; a failure must leave the outputs alone). Each call runs as
# one iteration of a Check loop test, so under CK_FORK a crash fails that
# call alone.
#
# A function with a parameter this script cannot classify, and no entry
# for it in sweep-expect.txt, stops the build: a new public function
# cannot go unswept. So does an entry naming a function or parameter that
# no longer exists.
use strict;
use warnings;

my ($expect_file, $out_file, $platform) = (undef, undef, 'unix');
my (@headers, @incdirs);
while (@ARGV) {
  my $a = shift @ARGV;
  if ($a eq '--expect') { $expect_file = shift @ARGV; }
  elsif ($a eq '--out') { $out_file = shift @ARGV; }
  elsif ($a eq '--platform') { $platform = shift @ARGV; }
  elsif ($a eq '-I') { push @incdirs, shift @ARGV; }
  else { push @headers, $a; }
}
die "usage: gen-sweep.pl [--platform unix|win32] [-I DIR]... --expect FILE "
  . "--out FILE HEADER...\n"
  unless defined $expect_file && defined $out_file && @headers
         && $platform =~ /^(unix|win32)$/;
# The part header of the other platform is not this build's API.
my $other_part = $platform eq 'unix' ? 'sock2/win.h' : 'sock2/unix.h';

my @errors;
sub fail { push @errors, join('', @_); }

# ---------------------------------------------------------------------------
# Parse the headers.
# ---------------------------------------------------------------------------
my @funcs;    # { name, ret, params => [ { type, name, array } ], header }
my %func_by_name;
my %read;
# Headers as the compiler sees them: the ones given, and every header they
# include with #include "..." (found beside them or in an -I directory).
my @queue = @headers;
my @texts;
while (@queue) {
  my $h = shift @queue;
  next if $read{$h}++;
  open(my $fh, '<', $h) or die "gen-sweep: $h: $!\n";
  local $/;
  my $text = <$fh>;
  close($fh);
  (my $dir = $h) =~ s{[^/]*$}{};
  $dir = '.' if $dir eq '';
  while ($text =~ /^\s*#\s*include\s+"([^"]+)"/mg) {
    my $inc = $1;
    next if $inc eq $other_part;
    my ($found) = grep { -f $_ } map { "$_/$inc" } ($dir, @incdirs);
    die "gen-sweep: $h includes \"$inc\", not found (add -I)\n"
      unless defined $found;
    push @queue, $found;
  }
  push @texts, [$h, $text];
}
for my $ht (@texts) {
  my ($h, $text) = @$ht;
  $text =~ s{/\*.*?\*/}{ }gs;                 # block comments
  $text =~ s{//[^\n]*}{}g;                    # line comments
  $text =~ s{\\\n}{ }g;                       # macro continuations
  $text =~ s{^\s*#[^\n]*}{}mg;                # preprocessor lines
  while ($text =~ /SOCK2_EXTERN\s+([^;{}()]*?)\s*\b(sock2_\w+)\s*\(([^()]*)\)\s*;/g)
  {
    my ($ret, $name, $plist) = ($1, $2, $3);
    $ret =~ s/\s+/ /g;
    $ret =~ s/\s*\*\s*/ */g;
    $ret =~ s/^\s+|\s+$//g;
    $plist =~ s/\s+/ /g;
    $plist =~ s/^\s+|\s+$//g;
    my @params;
    if ($plist ne 'void' && $plist ne '') {
      for my $p (split /\s*,\s*/, $plist) {
        if ($p =~ /^(.*?)\s*\b(\w+)\s*(?:\[\s*(\d*)\s*\])?$/) {
          my ($type, $pname, $arr) = ($1, $2, $3);
          $type =~ s/\s*\*\s*/ */g;
          $type =~ s/\s+/ /g;
          $type =~ s/^\s+|\s+$//g;
          if (defined $arr) {
            $type .= ' *';
            $arr = 1 if $arr eq '';
          }
          push @params, { type => $type, name => $pname, array => $arr };
        } else {
          fail("$name: cannot parse parameter '$p'");
        }
      }
    }
    if ($func_by_name{$name}) {
      fail("$name: declared twice");
      next;
    }
    my $f = { name => $name, ret => $ret, params => \@params, header => $h };
    push @funcs, $f;
    $func_by_name{$name} = $f;
  }
}
die "gen-sweep: no SOCK2_EXTERN declarations found in @headers\n"
  unless @funcs;

# ---------------------------------------------------------------------------
# The expectations table.
# ---------------------------------------------------------------------------
my %tab;    # function -> { sock, roles{param}, expect{param}{variant}, base{param}, call }
open(my $ef, '<', $expect_file) or die "gen-sweep: $expect_file: $!\n";
my $lineno = 0;
while (my $line = <$ef>) {
  $lineno++;
  chomp $line;
  $line =~ s/(^|\s)#.*$//;
  next if $line =~ /^\s*$/;
  my @tok = split ' ', $line;
  my $fname = shift @tok;
  my $where = "$expect_file:$lineno";
  my $f = $func_by_name{$fname};
  if (!$f) {
    fail("$where: $fname is not a public function (stale entry?)");
    next;
  }
  my $t = ($tab{$fname} ||= { roles => {}, expect => {}, base => {} });
  $t->{listed} = 1;
  my %pn = map { $_->{name} => 1 } @{ $f->{params} };
  for my $tk (@tok) {
    if ($tk =~ /^sock=(\w+)$/) {
      $t->{sock} = $1;
    } elsif ($tk =~ /^call=(\S+)$/) {
      $t->{call} = $1;
    } elsif ($tk =~ /^base\.(\w+)=(.+)$/) {
      fail("$where: $fname has no parameter $1") unless $pn{$1};
      $t->{base}{$1} = $2;
    } elsif ($tk =~ /^(\w+)\.([-\w*]+)=(\S+)$/) {
      fail("$where: $fname has no parameter $1") unless $pn{$1};
      $t->{expect}{$1}{$2} = $3;
    } elsif ($tk =~ /^(\w+)=(\S+)$/) {
      my ($pname, $roles) = ($1, $2);
      fail("$where: $fname has no parameter $pname") unless $pn{$pname};
      my $rr = ($t->{roles}{$pname} ||= {});
      for my $r (split /,/, $roles) {
        if ($r eq 'nullable') {
          $rr->{nullable} = 1;
        } elsif ($r =~ /^(inout|in|out)$/) {
          $rr->{role} = $r;
        } elsif ($r =~ /^class:(\w+)$/) {
          $rr->{class} = $1;
        } elsif ($r =~ /^init:(\w+)$/) {
          $rr->{init} = $1;
        } else {
          fail("$where: unknown role '$r'");
        }
      }
    } else {
      fail("$where: cannot parse '$tk'");
    }
  }
}
close($ef);

# ---------------------------------------------------------------------------
# Classification.
# ---------------------------------------------------------------------------

# Integer parameters by name: [class, baseline].
my %int_names = (
  on => ['any', '1'], flags => ['any', '0'], backlog => ['any', '1'],
  rflags => ['any', '0'],
  err => ['errcode', 'SOCK2_EINVAL'], sys_error => ['syserr', '0'],
  ttl => ['u8', '1'], tos => ['u8', '0'], ccid => ['u8', '2'],
  hops => ['hop', '1'], tclass => ['hop', '0'],
  priority => ['nonneg', '0'], size => ['nonneg', '4096'],
  cpu => ['nonneg', '0'],
  how => ['shut', 'SOCK2_SHUT_RDWR'], feature => ['feature', '1'],
  domain => ['domain', 'SOCK2_DOMAIN_UNIX'],
  type => ['stype', 'SOCK2_TYPE_STREAM'],
  protocol => ['proto', '0'],
  events => ['any', 'SOCK2_WAIT_WRITE'], level => ['any', '0'],
  name => ['any', '0'],
);
# Values swept per class: [label, C expression].
my %class_values = (
  any => [],
  u8 => [['-1', '-1'], ['256', '256'], ['INT_MIN', 'INT_MIN'],
         ['INT_MAX', 'INT_MAX']],
  hop => [['-2', '-2'], ['256', '256'], ['INT_MIN', 'INT_MIN'],
          ['INT_MAX', 'INT_MAX']],
  nonneg => [['-1', '-1'], ['INT_MIN', 'INT_MIN']],
  shut => [['-1', '-1'], ['3', '3'], ['INT_MIN', 'INT_MIN'],
           ['INT_MAX', 'INT_MAX']],
  feature => [['0', '0'], ['-1', '-1'], ['100000', '100000'],
              ['INT_MIN', 'INT_MIN'], ['INT_MAX', 'INT_MAX']],
  errcode => [['0', '0'], ['1', '1'], ['-100000', '-100000'],
              ['INT_MIN', 'INT_MIN'], ['INT_MAX', 'INT_MAX']],
  syserr => [['-1', '-1'], ['INT_MIN', 'INT_MIN'], ['INT_MAX', 'INT_MAX']],
  domain => [['-1', '-1'], ['INT_MAX', 'INT_MAX']],
  stype => [['-1', '-1'], ['INT_MAX', 'INT_MAX']],
  proto => [['-1', '-1'], ['INT_MAX', 'INT_MAX']],
  u31 => [['2^31', '(uint32_t)INT_MAX + 1'], ['UINT32_MAX', 'UINT32_MAX']],
  u31pos => [['0', '0'], ['2^31', '(uint32_t)INT_MAX + 1'],
             ['UINT32_MAX', 'UINT32_MAX']],
  offset => [['UINT64_MAX', 'UINT64_MAX'],
             ['2^63', '(uint64_t)INT64_MAX + 1']],
);
# Generic expectation per class (undef: the table must say).
my %class_expect = (
  u8 => 'EINVAL', hop => 'EINVAL', nonneg => 'EINVAL', shut => 'EINVAL',
  feature => 'EINVAL', u31 => 'EINVAL', u31pos => 'EINVAL',
  offset => 'EOVERFLOW', errcode => 'any', syserr => 'any',
);
# Unsigned integers by name: [class, baseline].
my %uint_names = (
  port => ['any', '9'], cid => ['any', '2'], flowinfo => ['any', '0'],
  scope_id => ['any', '0'], mark => ['any', '0'], code => ['any', '0'],
  level => ['any', '0'], len => ['any', '0'], index => ['any', '0'],
  fib => ['u31', '0'], usec => ['u31', '0'], mss => ['u31', '536'],
  bytes => ['u31', '16384'], retries => ['u31pos', '3'],
  queue_len => ['u31', '16'],
  offset => ['offset', '0'], flags => ['any', '0'],
);
my %uint_types = map { $_ => 1 } qw(uint8_t uint16_t uint32_t uint64_t);

my @size_values = (
  ['zero', '0'], ['max', 'SIZE_MAX'], ['max1', 'SIZE_MAX - 1'],
  ['int1', '(size_t)INT_MAX + 1'], ['u32_1', 'SW_U32_1'],
);
my @dur_values = (['m2', '-2'], ['min', 'INT64_MIN'], ['max', 'INT64_MAX']);
my %dur_expect = (m2 => 'EINVAL', min => 'EINVAL', max => 'same');
my %dur_base = (timeout => 'SOCK2_SEC(1)', linger => 'SOCK2_SEC(1)',
                time => 'SOCK2_SEC(1)', interval => 'SOCK2_SEC(1)');
# Variant groups a table entry may name instead of each variant.
my %groups = (max => 'huge', max1 => 'huge', int1 => 'huge',
              u32_1 => 'huge', closed => 'notm1', pipe => 'notm1',
              devnull => 'notm1');
my @handle_values = (['m1', 'SW_M1'], ['closed', 'SW_CLOSED'],
                     ['pipe', 'SW_PIPE'], ['devnull', 'SW_DEVNULL']);
my %handle_expect = (m1 => 'EBADF', closed => 'EBADF', pipe => 'ENOTSOCK',
                     devnull => 'ENOTSOCK');
my @file_values = (['m1', 'SW_M1'], ['closed', 'SW_CLOSED']);
my %file_expect = (m1 => 'EBADF', closed => 'EBADF');

# Pointee types this script knows how to make valid.
my %pointee = map { $_ => 1 } qw(sock2_addr_t sockaddr char void uint8_t
  int uint32_t uint64_t sock2_duration_t sock2_socket_t sock2_buf_t
  sock2_msg_t sock2_keepalive_t sock2_iface_v4_t sock2_sock_filter_t
  sock2_mmsg_t sock2_resolve_hints_t sock2_connect_opts_t sock2_pollfd_t
  size_t sock2_tcp_info_t sock2_peer_cred_t uint16_t);
# Control messages (sock2/cmsg.h).
$pointee{$_} = 1 for qw(sock2_cmsg_iter_t sock2_cmsg_writer_t sock2_cmsg_t
  sock2_cred_t sock2_pktinfo_t sock2_sock_err_t);
$pointee{$_} = 1 for qw(sock2_cmsg_iter_t sock2_cmsg_writer_t sock2_cmsg_t);
# TCP Fast Open, zero-copy and timestamps (sock2/tcp-extras.h).
$pointee{$_} = 1
  for qw(sock2_timestamping_flags_t sock2_zerocopy_t sock2_timestamping_t);
my %ret_types = map { $_ => 1 } ('int', 'sock2_ssize_t', 'size_t',
  'unsigned int', 'const char *');

my $vid = 0;
my %seen_sock = map { $_ => 1 } qw(unix unixshut unixdgram udp4 tcp4 tcp6 listen);

# Classify every function: list of parameter specs and variants.
for my $f (@funcs) {
  my $t = $tab{ $f->{name} } || { roles => {}, expect => {}, base => {} };
  $f->{tab} = $t;
  fail("$f->{name}: unknown return type '$f->{ret}'")
    unless $ret_types{ $f->{ret} };
  fail("$f->{name}: unknown sock=$t->{sock}")
    if defined $t->{sock} && !$seen_sock{ $t->{sock} };
  my @ps = @{ $f->{params} };
  for my $i (0 .. $#ps) {
    my $p = $ps[$i];
    my $ty = $p->{type};
    my $r = $t->{roles}{ $p->{name} } || {};
    if ($ty eq 'sock2_socket_t') {
      $p->{kind} = 'handle';
    } elsif ($ty eq 'sock2_file_t') {
      $p->{kind} = 'file';
    } elsif ($ty eq 'size_t') {
      $p->{kind} = 'size';
    } elsif ($ty eq 'sock2_duration_t') {
      $p->{kind} = 'duration';
      $p->{base} = $dur_base{ $p->{name} } // 'SOCK2_SEC(1)';
    } elsif ($ty eq 'int'
             || ($ty =~ /^sock2_\w+_t$/
                 && ($int_names{ $p->{name} } || $r->{class}))) {
      # An int, or an enum type (sock2_feature_t ...) passed by value.
      my $c = $int_names{ $p->{name} };
      if (!$c && !$r->{class}) {
        fail("$f->{name}: cannot classify int parameter '$p->{name}'");
        next;
      }
      $p->{kind} = 'int';
      $p->{class} = $r->{class} // $c->[0];
      $p->{base} = $c ? $c->[1] : '0';
    } elsif ($uint_types{$ty}) {
      my $c = $uint_names{ $p->{name} };
      if (!$c && !$r->{class}) {
        fail("$f->{name}: cannot classify $ty parameter '$p->{name}'");
        next;
      }
      $p->{kind} = 'int';
      $p->{class} = $r->{class} // $c->[0];
      $p->{base} = $c ? $c->[1] : '0';
    } elsif ($ty =~ /^(const )?(?:struct )?(\w+) \*$/) {
      my ($const, $base) = ($1, $2);
      if (!$pointee{$base}) {
        fail("$f->{name}: cannot classify pointer parameter "
             . "'$ty $p->{name}'");
        next;
      }
      $p->{kind} = 'ptr';
      $p->{const} = $const ? 1 : 0;
      $p->{pointee} = $base;
      # Arrays of buffers, message headers and keep-alive sets carry
      # input even when the function writes through them.
      my $dflt = $const ? 'in'
               : $base =~ /^sock2_(buf|msg|keepalive|mmsg)_t$/ ? 'inout' : 'out';
      $p->{role} = $r->{role} // $dflt;
      $p->{nullable} = $r->{nullable} // 0;
      $p->{init} = $r->{init};
      # A following size_t describes this pointer's buffer.
      if ($i < $#ps && $ps[$i + 1]{type} eq 'size_t') {
        $ps[$i + 1]{pair} = $p;
        $p->{sized} = 1;
      }
    } else {
      fail("$f->{name}: cannot classify parameter '$ty $p->{name}'");
      next;
    }
    $p->{base} = $t->{base}{ $p->{name} } if defined $t->{base}{ $p->{name} };
    fail("$f->{name}: unknown class '$p->{class}'")
      if defined $p->{class} && !$class_values{ $p->{class} };
  }
}
if (@errors) {
  print STDERR "gen-sweep: $_\n" for @errors;
  print STDERR "gen-sweep: classify the parameters above in $expect_file "
    . "(see its header) or teach tests/gen-sweep.pl the type\n";
  exit 1;
}

# ---------------------------------------------------------------------------
# Emit C.
# ---------------------------------------------------------------------------
my @out;
sub emit { push @out, @_; }

sub c_string { my $s = shift; $s =~ s/(["\\])/\\$1/g; return "\"$s\""; }

# Declarations and initialisation of every argument for one call;
# $vary: [param index, C value] or undef for the baseline.
sub args_code {
  my ($f, $vary) = @_;
  my @ps = @{ $f->{params} };
  my (@decl, @init, @args, @snap, @after, @outsock);
  for my $i (0 .. $#ps) {
    my $p = $ps[$i];
    my $n = $p->{name};
    my $v = defined $vary && $vary->[0] == $i ? $vary->[1] : undef;
    if ($p->{kind} eq 'handle') {
      push @decl, "sock2_socket_t a_$n;";
      push @init, "a_$n = sw_handle(&fx, " . ($v // 'SW_VALID') . ");";
      push @args, "a_$n";
    } elsif ($p->{kind} eq 'file') {
      push @decl, "sock2_file_t a_$n;";
      push @init, "a_$n = sw_file(&fx, " . ($v // 'SW_VALID') . ");";
      push @args, "a_$n";
    } elsif ($p->{kind} eq 'size') {
      my $b = $p->{base};
      if (!defined $b) {
        my $q = $p->{pair};
        $b = $q ? "sizeof(o_$q->{name}) / sizeof(o_$q->{name}\[0])" : '16';
        $b = '16' if $q && $q->{pointee} eq 'void' && $q->{const};
        $b = 'sizeof(struct sockaddr_in)' if $q && $q->{pointee} eq 'sockaddr';
      }
      push @decl, "size_t a_$n;";
      push @init, "a_$n = " . ($v // $b) . ";";
      push @args, "a_$n";
    } elsif ($p->{kind} eq 'duration') {
      push @decl, "sock2_duration_t a_$n;";
      push @init, "a_$n = " . ($v // $p->{base}) . ";";
      push @args, "a_$n";
    } elsif ($p->{kind} eq 'int') {
      push @decl, "$p->{type} a_$n;";
      push @init, "a_$n = " . ($v // $p->{base}) . ";";
      push @args, "a_$n";
    } elsif ($p->{kind} eq 'ptr') {
      my $pt = $p->{pointee};
      my $cnt = $p->{array} // 1;
      my $out = $p->{role} ne 'in';
      my $ctype = $pt eq 'sockaddr' ? 'struct sockaddr_in'
                : $pt eq 'void' ? 'unsigned char' : $pt;
      $cnt = 512 if ($pt eq 'void' || $pt eq 'char' || $pt eq 'uint8_t')
                    && $p->{sized} && $out;
      $cnt = 64 if $pt eq 'void' && !$out;
      $cnt = 64 if $pt eq 'char' && !$out;
      # Byte buffers are static: far from the top of the address space, so
      # that the kernel's range check of a huge length (2 GiB past a stack
      # buffer may be past the end) answers the same on every run.
      my $static = ($pt eq 'void' || (($pt eq 'char' || $pt eq 'uint8_t')
                                      && $p->{sized})) ? 'static ' : '';
      push @decl, "$static$ctype o_$n\[$cnt];";
      if ($p->{role} eq 'out') {
        push @init, "memset(o_$n, SW_POISON, sizeof(o_$n));";
      } else {
        my $k = $p->{init} // '';
        $k = 'garbage' if defined $v && $v eq 'GARBAGE';
        push @init, "sw_init_$pt(o_$n, sizeof(o_$n), \"$n\", \"$k\", io);";
      }
      if ($pt eq 'sock2_socket_t' && $out) {
        push @outsock, $n;
      }
      push @decl, "unsigned char s_$n\[sizeof(o_$n)];";
      push @snap, "memcpy(s_$n, o_$n, sizeof(o_$n));";
      my $cast = $p->{const} ? 'const ' : '';
      $cast .= $pt eq 'sockaddr' ? 'struct sockaddr *' : "$pt *";
      push @args, (defined $v && $v eq 'NULL' ? 'NULL' : "($cast)o_$n");
      push @after, [$n, $p->{const} ? 'always' : 'fail'];
    }
  }
  return (\@decl, \@init, \@args, \@snap, \@after, \@outsock);
}

sub sock_kind { my $f = shift; return 'SK_' . uc($f->{tab}{sock} // 'unix'); }

sub is_numeric { my $f = shift; return $f->{ret} ne 'const char *'; }
sub is_signed {
  my $f = shift;
  return $f->{ret} eq 'int' || $f->{ret} eq 'sock2_ssize_t';
}

# The body of one call: fixtures, arguments, the call, the checks.
sub call_code {
  my ($f, $vary, $label, $expect, $vgskip) = @_;
  my ($decl, $init, $args, $snap, $after, $outsock) = args_code($f, $vary);
  my @c;
  push @c, "  sw_fx fx;";
  push @c, "  unsigned char *io = sw_io;";
  push @c, "  unsigned char s_io[SW_IO];";
  push @c, map { "  $_" } @$decl;
  push @c, "  const char *what = " . c_string("$f->{name}($label)") . ";";
  if (is_numeric($f)) {
    push @c, "  long long r;";
  } else {
    push @c, "  const char *r;";
  }
  my $nb = $expect eq 'same' || $expect =~ /\|nosys$/;
  push @c, "  long long expect_same = 0;" if $nb;
  push @c, "  (void)what;";
  if ($vgskip && $vgskip->{vg}) {
    push @c, "  if (sw_under_valgrind()) {";
    push @c, "    t_skip(what, \"valgrind checks the whole claimed buffer of "
      . "the system call\");";
    push @c, "    return;";
    push @c, "  }";
  }
  if ($vgskip && $vgskip->{emu}) {
    push @c, "  if (t_emulator() != NULL) {";
    push @c, "    t_skip(what, \"the emulator checks the claimed buffers "
      . "itself, before the system call\");";
    push @c, "    return;";
    push @c, "  }";
  }
  push @c, "  expect_same = base_$f->{name}();" if $nb;
  push @c, "  sw_open(&fx, " . sock_kind($f) . ");";
  push @c, "  memset(io, SW_POISON, SW_IO);";
  push @c, map { "  $_" } @$init;
  push @c, "  memcpy(s_io, io, SW_IO);";
  push @c, map { "  $_" } @$snap;
  my $call = "$f->{name}(" . join(', ', @$args) . ")";
  if (is_numeric($f)) {
    push @c, "  r = (long long)$call;";
  } else {
    push @c, "  r = $call;";
  }
  # Expectation.
  if (!is_numeric($f) && $expect !~ /^(null|nonnull|any)$/) {
    die "gen-sweep: $f->{name}($label): a string result is expected "
      . "null, nonnull or any, not '$expect'\n";
  }
  if ($expect eq 'same') {
    push @c, "  sw_expect_same(what, r, expect_same);";
  } elsif ($expect =~ /^(E[A-Z0-9]+)\|nosys$/) {
    push @c, "  sw_expect_nosys(what, r, SOCK2_$1, expect_same);";
  } elsif ($expect eq 'ok') {
    push @c, "  ck_assert_msg(r >= 0, \"%s: expected success, got %s "
      . "(%lld)\", what, sock2_err_name((int)r), r);";
  } elsif ($expect eq 'any') {
    push @c, "  (void)r;";
  } elsif ($expect eq 'null') {
    push @c, "  ck_assert_msg(r == NULL, \"%s: expected NULL\", what);";
  } elsif ($expect eq 'nonnull') {
    push @c, "  ck_assert_msg(r != NULL, \"%s: expected a string\", what);";
  } elsif ($expect =~ /^E[A-Z0-9]+$/) {
    push @c, "  sw_expect(what, r, SOCK2_$expect);";
  } elsif ($expect =~ /^-?\d+$/) {
    push @c, "  sw_expect(what, r, $expect);";
  } elsif ($expect =~ /^has\((\w+)\)\?(E[A-Z0-9]+|-?\d+):(E[A-Z0-9]+|-?\d+)$/) {
    my ($feat, $yes, $no) = ($1, $2, $3);
    $_ = /^E/ ? "SOCK2_$_" : $_ for ($yes, $no);
    push @c, "  sw_expect(what, r, sock2_has(SOCK2_FEATURE_$feat) == 1 ? "
      . "$yes : $no);";
  } else {
    die "gen-sweep: $f->{name}: bad expectation '$expect'\n";
  }
  # Outputs untouched on failure; inputs never written.
  my $failed = is_signed($f) ? 'r < 0' : '0';
  for my $a (@$after) {
    my ($n, $when) = @$a;
    my $cond = $when eq 'always' ? '1' : $failed;
    push @c, "  if ($cond)";
    push @c, "    sw_untouched(what, \"$n\", o_$n, s_$n, sizeof(o_$n));";
  }
  push @c, "  if ($failed)";
  push @c, "    sw_untouched(what, \"buffer data\", io, s_io, SW_IO);";
  for my $n (@$outsock) {
    push @c, "  sw_close_out(o_$n, s_$n, sizeof(o_$n));";
  }
  push @c, "  sw_close(&fx);";
  return @c;
}

# Baseline runner (for "same" expectations): one valid call, its result.
sub base_code {
  my ($f) = @_;
  my ($decl, $init, $args, $snap, $after, $outsock) = args_code($f, undef);
  my @c;
  push @c, "static long long";
  push @c, "base_$f->{name}(void)";
  push @c, "{";
  push @c, "  sw_fx fx;";
  push @c, "  unsigned char *io = sw_io;";
  push @c, map { "  $_" } @$decl;
  push @c, "  long long r;";
  push @c, "  sw_open(&fx, " . sock_kind($f) . ");";
  push @c, "  memset(io, SW_POISON, SW_IO);";
  push @c, map { "  $_" } @$init;
  push @c, map { "  $_" } @$snap;
  push @c, "  r = (long long)$f->{name}(" . join(', ', @$args) . ");";
  push @c, "  sw_close_out(o_$_, s_$_, sizeof(o_$_));" for @$outsock;
  push @c, "  sw_close(&fx);";
  push @c, "  return r;";
  push @c, "}";
  push @c, "";
  return @c;
}

# Build the variant list of every function.
my ($nfuncs, $ncalls) = (0, 0);
for my $f (@funcs) {
  my $t = $f->{tab};
  my @ps = @{ $f->{params} };
  my @vars;    # [label, vary, expect]
  my %used;
  my $pick = sub {
    my ($p, $vname, $default) = @_;
    my $e = $t->{expect}{ $p->{name} } || {};
    $used{"$p->{name}.$vname"} = 1 if exists $e->{$vname};
    $used{"$p->{name}.*"} = 1 if !exists $e->{$vname} && exists $e->{'*'};
    my $g = $groups{$vname};
    if (!exists $e->{$vname} && defined $g && exists $e->{$g}) {
      $used{"$p->{name}.$g"} = 1;
      return $e->{$g};
    }
    return $e->{$vname} // $e->{'*'} // $default;
  };
  for my $i (0 .. $#ps) {
    my $p = $ps[$i];
    my $n = $p->{name};
    if ($p->{kind} eq 'handle') {
      for my $hv (@handle_values) {
        my $x = $pick->($p, $hv->[0], $handle_expect{ $hv->[0] });
        push @vars, ["$n=$hv->[0]", [$i, $hv->[1]], $x];
      }
    } elsif ($p->{kind} eq 'file') {
      for my $hv (@file_values) {
        my $x = $pick->($p, $hv->[0], $file_expect{ $hv->[0] });
        push @vars, ["$n=$hv->[0]", [$i, $hv->[1]], $x];
      }
    } elsif ($p->{kind} eq 'size') {
      # A huge length of a data buffer goes to the kernel, which fails
      # before reading it; valgrind checks the whole claimed range anyway.
      # qemu-user checks that range itself (EFAULT) and answers a zero
      # buffer count without the kernel.
      my $h = grep { $_->{kind} eq 'handle' } @ps;
      my $pt = $p->{pair} ? $p->{pair}{pointee} : '';
      for my $sv (@size_values) {
        # Above PTRDIFF_MAX a byte length describes no object: EINVAL
        # (doc/design.md, "Lengths"). Counts of other things keep theirs.
        my $bytes = $p->{pair} && $pt ne 'sock2_buf_t'
                    && $pt ne 'sock2_sock_filter_t';
        my $d = $bytes && ($sv->[0] eq 'max' || $sv->[0] eq 'max1')
                ? 'EINVAL' : 'same';
        my $x = $pick->($p, $sv->[0], $d);
        my $zero = $sv->[0] eq 'zero';
        my %skip;
        $skip{vg} = 1 if $h && $pt eq 'void' && !$zero;
        # A huge batch count describes entries past the fixture's array:
        # the kernel fails on them, but libc (musl's 64-bit wrappers) and
        # valgrind read them first and crash. Not a call a caller can make.
        next if $h && $pt eq 'sock2_mmsg_t' && !$zero;
        $skip{emu} = 1 if $h && $pt eq 'void' && !$zero;
        $skip{emu} = 1 if $h && $pt eq 'sock2_buf_t' && $zero;
        push @vars, ["$n=$sv->[0]", [$i, $sv->[1]], $x, \%skip];
      }
    } elsif ($p->{kind} eq 'duration') {
      for my $dv (@dur_values) {
        my $x = $pick->($p, $dv->[0], $dur_expect{ $dv->[0] });
        push @vars, ["$n=$dv->[0]", [$i, $dv->[1]], $x];
      }
    } elsif ($p->{kind} eq 'int') {
      for my $iv (@{ $class_values{ $p->{class} } }) {
        my $x = $pick->($p, $iv->[0], $class_expect{ $p->{class} });
        if (!defined $x) {
          fail("$f->{name}: no expectation for $n=$iv->[0] (class "
               . "$p->{class}): add $n.$iv->[0]=... or $n.*=... to "
               . $expect_file);
          next;
        }
        $x = 'nonnull' if $x eq 'any' && !is_numeric($f)
                          && $p->{class} eq 'errcode';
        push @vars, ["$n=$iv->[0]", [$i, $iv->[1]], $x];
      }
    } elsif ($p->{kind} eq 'ptr') {
      my $d = $p->{nullable} ? 'same' : 'EINVAL';
      my $x = $pick->($p, 'null', $d);
      push @vars, ["$n=NULL", [$i, 'NULL'], $x];
      if ($p->{pointee} eq 'sock2_addr_t' && $p->{role} ne 'out') {
        # An address of an unknown family whose length exceeds the
        # storage: nothing may read past the storage.
        $x = $pick->($p, 'garbage', 'EINVAL');
        push @vars, ["$n=garbage", [$i, 'GARBAGE'], $x];
      }
    }
  }
  # The valid call itself, for functions that take a handle: whatever the
  # kernel answers on the valid socket, a failure must leave the outputs
  # as they were (the kernel's failure paths, not only the library's).
  if (grep { $_->{kind} eq 'handle' } @ps) {
    push @vars, ['valid call', undef, 'any'];
  }
  if (!@vars) {
    # Nothing can be bad: one plain call, which must not crash.
    my $x = $t->{call} // (is_numeric($f) ? 'any' : 'nonnull');
    push @vars, ['plain call', undef, $x];
  } elsif (defined $t->{call}) {
    fail("$f->{name}: call= is only for functions with nothing to sweep");
  }
  # Where the build or the OS lacks the call, the library answers
  # SOCK2_ENOTSUP without a system call, as it does for the valid call: for
  # every expected error (but EBADF for SOCK2_INVALID_SOCKET, checked
  # first) SOCK2_ENOTSUP is then right too. This keeps the table valid for
  # builds with probes forced off (the CI's starved job) and other systems.
  for my $v (@vars) {
    $v->[2] .= '|nosys' if $v->[2] =~ /^E[A-Z0-9]+$/ && $v->[0] !~ /=m1$/;
  }
  # Every expectation in the table must have been used.
  for my $pn (keys %{ $t->{expect} }) {
    for my $vn (keys %{ $t->{expect}{$pn} }) {
      fail("$expect_file: $f->{name} $pn.$vn=...: no such variant")
        unless $used{"$pn.$vn"};
    }
  }
  $f->{vars} = \@vars;
  $nfuncs++;
  $ncalls += @vars;
}
if (@errors) {
  print STDERR "gen-sweep: $_\n" for @errors;
  exit 1;
}

emit(<<"EOT");
/* SPDX-License-Identifier: MIT */
/*
 * Generated by tests/gen-sweep.pl from the public headers and
 * tests/sweep-expect.txt: do not edit. The bad-argument sweep: every public
 * function with invalid handles, NULL pointers, zero and huge lengths,
 * negative and huge durations, out-of-range values.
 */
#include "tests.h"

#define SW_FUNCS $nfuncs
#define SW_CALLS $ncalls

#ifdef _WIN32
/*
 * The invalid-handle fixtures (a closed descriptor, a pipe, /dev/null, a
 * descriptor file) are POSIX ones; Windows handles are not swept yet.
 */
int
main(void)
{
  printf("SKIP: sweep: %d functions not swept: the invalid-handle fixtures "
         "(closed descriptor, pipe, /dev/null) are POSIX only\\n", SW_FUNCS);
  return 77;
}
#else /* !_WIN32 */
#include "sweep-fixture.h"

EOT

for my $f (@funcs) {
  my $need_base = grep { $_->[2] =~ /^same$|\|nosys$/ } @{ $f->{vars} };
  emit(base_code($f)) if $need_base;
  emit("static void");
  emit("sw_$f->{name}(int v)");
  emit("{");
  emit("  switch (v) {");
  my $k = 0;
  for my $v (@{ $f->{vars} }) {
    emit("  case $k: {");
    emit("  /* $v->[0]: expect $v->[2] */");
    emit(call_code($f, $v->[1], $v->[0], $v->[2], $v->[3]));
    emit("  } break;");
    $k++;
  }
  emit("  default:");
  emit("    ck_abort_msg(\"no variant %d\", v);");
  emit("  }");
  emit("}");
  emit("");
  emit("START_TEST(t_$f->{name})");
  emit("{");
  emit("  sw_$f->{name}(_i);");
  emit("}");
  emit("END_TEST");
  emit("");
}

emit("static Suite *");
emit("sweep_suite(void)");
emit("{");
emit("  Suite *s = suite_create(\"sweep\");");
emit("  TCase *tc = sock2_tcase(\"sweep\");");
for my $f (@funcs) {
  my $n = @{ $f->{vars} };
  emit("  tcase_add_loop_test(tc, t_$f->{name}, 0, $n);");
}
emit("  suite_add_tcase(s, tc);");
emit("  return s;");
emit("}");
emit("");
emit(<<'EOT');
int
main(void)
{
  SRunner *sr;
  int failed;

  printf("sweep: %d public functions, %d calls\n", SW_FUNCS, SW_CALLS);
  fflush(stdout);
  sr = srunner_create(sweep_suite());
  t_own_logs(sr, "sweep");
  srunner_run_all(sr, CK_ENV);
  failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
#endif /* !_WIN32 */
EOT

open(my $of, '>', $out_file) or die "gen-sweep: $out_file: $!\n";
print $of join("\n", @out), "\n";
close($of) or die "gen-sweep: $out_file: $!\n";
print "gen-sweep: $nfuncs public functions, $ncalls calls\n";
