/* SPDX-License-Identifier: MIT */
/*
 * Replay driver for the fuzz targets, without libFuzzer: `make check`
 * builds one per target (fuzz/replay-<target>) and runs it, so every seed
 * of fuzz/corpus/<target>/ and every input that once crashed, kept in
 * fuzz/regress/<target>/, goes through the target's entry point in every
 * build the suite runs in (gcc, musl, aarch64 under qemu, ASan+UBSan,
 * valgrind). A failed check in the target aborts, which fails the test.
 *
 *   replay-<target>              the two directories under $top_srcdir
 *   replay-<target> PATH...      these files, or every file in these dirs
 *
 * Exit status: 0, 1 on a missing or empty corpus (a replay that read
 * nothing must not pass), 77 (skipped) on Windows.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifndef _WIN32
# include <dirent.h>
# include <sys/stat.h>
#endif

#ifndef SOCK2_FUZZ_TARGET
# error "build with -DSOCK2_FUZZ_TARGET=\"name\""
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Inputs larger than this are not replayed (libFuzzer's -max_len, ours). */
#define REPLAY_MAX_INPUT (1 << 20)

#ifndef _WIN32
/* Feed one file; returns 1 if it was run, 0 if it could not be read. */
static int
replay_file(const char *path)
{
  static uint8_t buf[REPLAY_MAX_INPUT];
  uint8_t *data;
  size_t n;
  FILE *f = fopen(path, "rb");

  if (f == NULL) {
    fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
    return 0;
  }
  n = fread(buf, 1, sizeof(buf), f);
  fclose(f);
  /* An exact-size heap copy, as libFuzzer gives, so over-reads show. */
  data = malloc(n > 0 ? n : 1);
  if (data == NULL)
    return 0;
  memcpy(data, buf, n);
  LLVMFuzzerTestOneInput(data, n);
  free(data);
  return 1;
}

static int
by_name(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * Replay a file, or every regular file in a directory (in name order, so
 * a failure is reproducible). Returns how many inputs ran, or -1.
 */
static long
replay_path(const char *path)
{
  struct stat st;
  DIR *d;
  struct dirent *e;
  char **names = NULL;
  size_t n = 0, cap = 0, i;
  long ran = 0;
  int bad = 0;

  if (stat(path, &st) != 0) {
    fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
    return -1;
  }
  if (!S_ISDIR(st.st_mode))
    return replay_file(path) ? 1 : -1;
  d = opendir(path);
  if (d == NULL) {
    fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
    return -1;
  }
  while ((e = readdir(d)) != NULL) {
    size_t len = strlen(path) + strlen(e->d_name) + 2;
    char *full;
    if (e->d_name[0] == '.')
      continue; /* ".", "..", and hidden files such as .gitkeep */
    full = malloc(len);
    if (full == NULL)
      break;
    snprintf(full, len, "%s/%s", path, e->d_name);
    if (stat(full, &st) != 0 || !S_ISREG(st.st_mode)) {
      free(full);
      continue;
    }
    if (n == cap) {
      char **more;
      cap = cap == 0 ? 64 : cap * 2;
      more = realloc(names, cap * sizeof(*names));
      if (more == NULL) {
        free(full);
        break;
      }
      names = more;
    }
    names[n++] = full;
  }
  closedir(d);
  if (n > 0)
    qsort(names, n, sizeof(*names), by_name);
  for (i = 0; i < n; i++) {
    if (replay_file(names[i]))
      ran++;
    else
      bad = 1; /* an unreadable input fails the replay */
    free(names[i]);
  }
  free(names);
  return bad ? -1 : ran;
}
#endif

int
main(int argc, char **argv)
{
#ifdef _WIN32
  (void)argc;
  (void)argv;
  printf("SKIP: replay-" SOCK2_FUZZ_TARGET ": the corpus paths are POSIX "
         "paths of the source tree\n");
  return 77;
#else
  const char *top = getenv("top_srcdir");
  long total = 0, got;
  int i;

  if (argc > 1) {
    for (i = 1; i < argc; i++) {
      got = replay_path(argv[i]);
      if (got < 0)
        return 1;
      total += got;
    }
  } else {
    static const char *const dirs[] = {"corpus", "regress"};
    char path[4096];
    size_t k;
    if (top == NULL)
      top = ".";
    for (k = 0; k < sizeof(dirs) / sizeof(dirs[0]); k++) {
      snprintf(path, sizeof(path), "%s/fuzz/%s/%s", top, dirs[k],
               SOCK2_FUZZ_TARGET);
      got = replay_path(path);
      if (got <= 0) {
        fprintf(stderr, "replay: no inputs in %s\n", path);
        return 1;
      }
      printf("%s: %ld input(s) replayed\n", path, got);
      total += got;
    }
  }
  printf("replay-" SOCK2_FUZZ_TARGET ": %ld input(s), no failure\n", total);
  return 0;
#endif
}
