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
 * libsock2 has no control-message API yet, so the SCM_RIGHTS message is
 * built and parsed with the CMSG_* macros on the control buffer of a
 * sock2_msg_t (the OS's struct msghdr), and sent with sock2_sendmsg() /
 * received with sock2_recvmsg(). SOCK2_MSG_CMSG_CLOEXEC makes the
 * received descriptor close-on-exec in the same call where the OS can.
 *
 * Build: cc unix-fd-pass.c $(pkg-config --cflags --libs libsock2)
 */
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
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
  union {
    struct cmsghdr align;
    char buf[CMSG_SPACE(sizeof(int))];
  } control;
  char byte = 'F'; /* a stream needs at least one byte of data */
  sock2_buf_t data = { &byte, 1 };
  sock2_msg_t msg;
  struct cmsghdr *c;
  sock2_ssize_t n;

  memset(&control, 0, sizeof(control));
  sock2_msg_init(&msg);
  sock2_msg_set_bufs(&msg, &data, 1);
  sock2_msg_set_control(&msg, control.buf, sizeof(control.buf));
  c = CMSG_FIRSTHDR(&msg);
  c->cmsg_level = SOL_SOCKET;
  c->cmsg_type = SCM_RIGHTS;
  c->cmsg_len = CMSG_LEN(sizeof(int));
  memcpy(CMSG_DATA(c), &fd, sizeof(int));
  n = sock2_sendmsg(s, &msg, 0);
  return n == 1 ? 0 : n < 0 ? (int)n : SOCK2_EIO;
}

/* Receive the byte and the descriptor sent with it into *fd. */
static int
recv_fd(sock2_socket_t s, int *fd)
{
  union {
    struct cmsghdr align;
    char buf[CMSG_SPACE(sizeof(int))];
  } control;
  char byte;
  sock2_buf_t data = { &byte, 1 };
  sock2_msg_t msg;
  struct cmsghdr *c;
  sock2_ssize_t n;

  sock2_msg_init(&msg);
  sock2_msg_set_bufs(&msg, &data, 1);
  sock2_msg_set_control(&msg, control.buf, sizeof(control.buf));
  n = sock2_recvmsg(s, &msg, SOCK2_MSG_CMSG_CLOEXEC);
  if (n < 0)
    return (int)n;
  if (n == 0 || sock2_recv_flags_is_control_truncated(sock2_msg_flags(&msg)))
    return SOCK2_EPROTO;
  for (c = CMSG_FIRSTHDR(&msg); c != NULL; c = CMSG_NXTHDR(&msg, c)) {
    if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS &&
        c->cmsg_len == CMSG_LEN(sizeof(int))) {
      memcpy(fd, CMSG_DATA(c), sizeof(int));
      return 0;
    }
  }
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
