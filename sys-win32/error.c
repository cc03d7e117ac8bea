/* SPDX-License-Identifier: MIT */
/*
 * Winsock backend: WSA and Win32 error codes to SOCK2_E*. Every error that
 * leaves the backend goes through this one switch, so callers only ever see
 * SOCK2_E* values (sock2_strerror() and sock2_err_name() know them all).
 */
#include "internal.h"

int
sock2__sys_error(int sys_error)
{
  /* A negative "error number" is not one (as in sys-unix/error.c). */
  if (sys_error < 0)
    return SOCK2_EINVAL;
  switch (sys_error) {
  case 0:
    return 0;

  /* Winsock errors (WSAGetLastError(), SO_ERROR). */
  case WSAEINTR:
    return SOCK2_EINTR;
  case WSAEBADF:
  case WSAENOTSOCK:
    /*
     * Winsock says WSAENOTSOCK for a closed or never-valid handle, where
     * POSIX says EBADF; the API promises EBADF for a bad handle.
     */
    return SOCK2_EBADF;
  case WSAEACCES:
    return SOCK2_EACCES;
  case WSAEFAULT:
    return SOCK2_EFAULT;
  case WSAEINVAL:
    return SOCK2_EINVAL;
  case WSAEMFILE:
    return SOCK2_EMFILE;
  case WSAEWOULDBLOCK:
    return SOCK2_EAGAIN;
  case WSAEINPROGRESS:
  case WSAEALREADY:
    /*
     * WSAEINPROGRESS is "a blocking call is in progress" (Winsock 1);
     * WSAEALREADY is a second connect on a non-blocking socket.
     */
    return SOCK2_EALREADY;
  case WSAEDESTADDRREQ:
    return SOCK2_EDESTADDRREQ;
  case WSAEMSGSIZE:
    return SOCK2_EMSGSIZE;
  case WSAEPROTOTYPE:
    return SOCK2_EPROTOTYPE;
  case WSAENOPROTOOPT:
    return SOCK2_ENOPROTOOPT;
  case WSAEPROTONOSUPPORT:
    return SOCK2_EPROTONOSUPPORT;
  case WSAESOCKTNOSUPPORT:
    return SOCK2_ESOCKTNOSUPPORT;
  case WSAEOPNOTSUPP:
  case WSAEPFNOSUPPORT:
  case WSAVERNOTSUPPORTED:
  case WSASYSNOTREADY:
  case WSAEINVALIDPROVIDER:
  case WSAEPROVIDERFAILEDINIT:
  case ERROR_NOT_SUPPORTED:
  case ERROR_CALL_NOT_IMPLEMENTED:
    return SOCK2_ENOTSUP;
  case WSAEAFNOSUPPORT:
    return SOCK2_EAFNOSUPPORT;
  case WSAEADDRINUSE:
    return SOCK2_EADDRINUSE;
  case WSAEADDRNOTAVAIL:
    return SOCK2_EADDRNOTAVAIL;
  case WSAENETDOWN:
    return SOCK2_ENETDOWN;
  case WSAENETUNREACH:
    return SOCK2_ENETUNREACH;
  case WSAENETRESET:
    return SOCK2_ENETRESET;
  case WSAECONNABORTED:
    return SOCK2_ECONNABORTED;
  case WSAECONNRESET:
  case WSAEDISCON:
    return SOCK2_ECONNRESET;
  case WSAENOBUFS:
    return SOCK2_ENOBUFS;
  case WSAEISCONN:
    return SOCK2_EISCONN;
  case WSAENOTCONN:
    return SOCK2_ENOTCONN;
  case WSAESHUTDOWN:
    return SOCK2_ESHUTDOWN;
  case WSAETOOMANYREFS:
    return SOCK2_ENOBUFS;
  case WSAETIMEDOUT:
  case WAIT_TIMEOUT:
  case ERROR_SEM_TIMEOUT:
    return SOCK2_ETIMEDOUT;
  case WSAECONNREFUSED:
    return SOCK2_ECONNREFUSED;
  case WSAELOOP:
    return SOCK2_ELOOP;
  case WSAENAMETOOLONG:
  case ERROR_FILENAME_EXCED_RANGE:
    return SOCK2_ENAMETOOLONG;
  case WSAEHOSTDOWN:
    return SOCK2_EHOSTDOWN;
  case WSAEHOSTUNREACH:
    return SOCK2_EHOSTUNREACH;
  case WSAENOTEMPTY:
    return SOCK2_EEXIST;
  case WSAEPROCLIM:
  case WSAEUSERS:
    return SOCK2_EMFILE;
  case WSAEDQUOT:
    return SOCK2_ENOSPC;
  case WSAESTALE:
  case WSAEREMOTE:
    return SOCK2_EIO;
  case WSANOTINITIALISED:
    /*
     * Only reachable on a handle made before libsock2 started Winsock, by
     * a caller that has since cleaned up: the handle cannot be valid.
     */
    return SOCK2_EBADF;
  case WSAECANCELLED:
  case WSA_E_CANCELLED:
  case ERROR_OPERATION_ABORTED:
    return SOCK2_ECANCELED;
  case WSA_E_NO_MORE:
  case WSAENOMORE:
    return SOCK2_ENOENT;
  case WSAEREFUSED:
    return SOCK2_ECONNREFUSED;
  case WSAHOST_NOT_FOUND:
  case WSANO_DATA:
    return SOCK2_ENXIO;
  case WSATRY_AGAIN:
    return SOCK2_EAGAIN;
  case WSANO_RECOVERY:
    return SOCK2_EIO;

  /* Win32 errors (GetLastError()) from handle and overlapped calls. */
  case ERROR_INVALID_HANDLE:
    return SOCK2_EBADF;
  case ERROR_ACCESS_DENIED:
    return SOCK2_EACCES;
  case ERROR_NOT_ENOUGH_MEMORY:
  case ERROR_OUTOFMEMORY:
    return SOCK2_ENOMEM;
  case ERROR_INVALID_PARAMETER:
    return SOCK2_EINVAL;
  case ERROR_FILE_NOT_FOUND:
  case ERROR_PATH_NOT_FOUND:
    return SOCK2_ENOENT;
  case ERROR_FILE_EXISTS:
  case ERROR_ALREADY_EXISTS:
    return SOCK2_EEXIST;
  case ERROR_BROKEN_PIPE:
  case ERROR_NO_DATA:
    return SOCK2_EPIPE;
  case ERROR_NETNAME_DELETED:
    return SOCK2_ECONNRESET;
  case ERROR_CONNECTION_REFUSED:
    return SOCK2_ECONNREFUSED;
  case ERROR_CONNECTION_ABORTED:
    return SOCK2_ECONNABORTED;
  case ERROR_NETWORK_UNREACHABLE:
    return SOCK2_ENETUNREACH;
  case ERROR_HOST_UNREACHABLE:
    return SOCK2_EHOSTUNREACH;
  case ERROR_IO_PENDING:
    return SOCK2_EINPROGRESS;
  case ERROR_MORE_DATA:
    return SOCK2_EMSGSIZE;
  case ERROR_INSUFFICIENT_BUFFER:
    return SOCK2_ENOBUFS;
  case ERROR_WRITE_PROTECT:
    return SOCK2_EROFS;
  case ERROR_DIRECTORY:
    return SOCK2_ENOTDIR;
  case ERROR_PRIVILEGE_NOT_HELD:
    return SOCK2_EPERM;
  case ERROR_TOO_MANY_OPEN_FILES:
    return SOCK2_EMFILE;
  case ERROR_ARITHMETIC_OVERFLOW:
    return SOCK2_EOVERFLOW;

  default:
    /* Anything else is an I/O failure the API has no better word for. */
    return SOCK2_EIO;
  }
}

int
sock2__sys_fail(void)
{
  int e = sock2__sys_error(WSAGetLastError());

  return e < 0 ? e : SOCK2_EIO;
}
