/* SPDX-License-Identifier: MIT */
/*
 * unix-fd-pass: hand an open file descriptor to another process over a
 * unix-domain socket (SCM_RIGHTS).
 *
 *   unix-fd-pass [--self-test]   (both run the same demonstration)
 *
 * The parent makes a pipe and a unix socketpair, forks, and sends the
 * pipe's write end to the child as ancillary data. The child first
 * closes the pipe ends it inherited, so it can reach the pipe only through
 * the descriptor it receives; it writes a line through that one and
 * exits, and the parent reads the line from the pipe.
 *
 * The SCM_RIGHTS message is written with the library's control-message
 * writer (sock2_cmsg_writer_init(), sock2_cmsg_put_rights(),
 * sock2_msg_set_cmsgs()) and sent with sock2_sendmsg(); the receiver
 * walks what sock2_recvmsg() got with sock2_cmsg_iter_init() /
 * sock2_cmsg_next() and takes the descriptor with
 * sock2_cmsg_get_rights(). No CMSG_* macros. sock2_recvmsg() makes
 * received descriptors close-on-exec, and on any error the receiver
 * closes what it got with sock2_cmsg_close_rights().
 *
 * Build: cc unix-fd-pass.c $(pkg-config --cflags --libs libsock2)
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <sock2.h>

static int
fail(const char *what, int err)
{
  fprintf(stderr, "unix-fd-pass: %s: %s (%s)\n", what, sock2_strerror(err),
          sock2_err_name(err));
  return 1;
}

/* Send one byte of data with the descriptor fd attached. */
static int
send_fd(sock2_socket_t s, int fd)
{
  SOCK2_CMSG_BUF(control, SOCK2_CMSG_SPACE(sizeof(int)));
  char byte = 'F'; /* a stream needs at least one byte of data */
  sock2_buf_t data = { &byte, 1 };
  sock2_cmsg_writer_t w;
  sock2_msg_t msg;
  sock2_ssize_t n;
  int rc;

  sock2_msg_init(&msg);
  sock2_msg_set_bufs(&msg, &data, 1);
  sock2_cmsg_writer_init(&w, control.buf, sizeof(control.buf));
  if ((rc = sock2_cmsg_put_rights(&w, &fd, 1)) < 0)
    return rc; /* SOCK2_ENOTSUP where there is no SCM_RIGHTS */
  sock2_msg_set_cmsgs(&msg, &w);
  n = sock2_sendmsg(s, &msg, 0);
  return n == 1 ? 0 : n < 0 ? (int)n : SOCK2_EIO;
}

/* Receive the byte and the descriptor sent with it into *fd. */
static int
recv_fd(sock2_socket_t s, int *fd)
{
  SOCK2_CMSG_BUF(control, SOCK2_CMSG_SPACE(sizeof(int)));
  char byte;
  sock2_buf_t data = { &byte, 1 };
  sock2_cmsg_iter_t it;
  sock2_cmsg_t c;
  sock2_msg_t msg;
  sock2_ssize_t n;

  sock2_msg_init(&msg);
  sock2_msg_set_bufs(&msg, &data, 1);
  sock2_msg_set_control(&msg, control.buf, sizeof(control.buf));
  n = sock2_recvmsg(s, &msg, 0);
  if (n < 0)
    return (int)n;
  sock2_cmsg_iter_init(&it, &msg);
  /* A cut control buffer (MSG_CTRUNC) means descriptors were lost. */
  if (n == 0 || sock2_cmsg_truncated(&it))
    goto bad;
  while (sock2_cmsg_next(&it, &c) == 1)
    if (sock2_cmsg_get_rights(&c, fd, 1) == 1)
      return 0;
bad:
  sock2_cmsg_close_rights(&msg); /* close whatever did arrive */
  return SOCK2_EPROTO;
}

int
main(void)
{
  static const char line[] = "written by the child through a passed fd\n";
  sock2_socket_t sv[2];
  int pipefd[2], status, rc;
  char got[128];
  ssize_t n;
  pid_t pid;

  if ((rc = sock2_socketpair(SOCK2_DOMAIN_UNIX, SOCK2_TYPE_STREAM, 0, sv)) <
      0)
    return fail("socketpair", rc);
  if (pipe(pipefd) != 0)
    return fail("pipe", sock2_translate_sys_error(errno));
  fflush(stdout);
  pid = fork();
  if (pid < 0)
    return fail("fork", sock2_translate_sys_error(errno));
  if (pid == 0) {
    int fd = -1;
    /* The child drops every pipe end it inherited: only the passed
     * descriptor can reach the pipe afterwards. */
    close(pipefd[0]);
    close(pipefd[1]);
    sock2_close(sv[0]);
    if ((rc = recv_fd(sv[1], &fd)) < 0)
      _exit(fail("child: receive", rc));
    printf("child: received descriptor %d\n", fd);
    fflush(stdout);
    if (write(fd, line, sizeof(line) - 1) != (ssize_t)(sizeof(line) - 1))
      _exit(1);
    close(fd);
    sock2_close(sv[1]);
    _exit(0);
  }
  sock2_close(sv[1]);
  if ((rc = send_fd(sv[0], pipefd[1])) < 0)
    return fail("send", rc);
  /* Our copy of the write end goes: EOF comes once the child's does. */
  close(pipefd[1]);
  printf("parent: sent descriptor %d\n", pipefd[1]);
  n = read(pipefd[0], got, sizeof(got) - 1);
  close(pipefd[0]);
  sock2_close(sv[0]);
  if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) ||
      WEXITSTATUS(status) != 0)
    return fail("child", SOCK2_EIO);
  if (n != (ssize_t)(sizeof(line) - 1) || memcmp(got, line, (size_t)n) != 0)
    return fail("read", SOCK2_EIO);
  printf("parent: read \"%.*s\"\nself-test passed\n", (int)n - 1, got);
  return 0;
}
