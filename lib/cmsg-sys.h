/* SPDX-License-Identifier: MIT */
/*
 * The control-message part of the seam between lib/ and the backends:
 * the typed kinds whose payload is an OS structure, and the options that
 * differ by OS. sys-unix/cmsg.c and sys-win32/cmsg.c each define all of
 * them. Same rules as lib/internal.h: arguments were checked by lib/,
 * results are >= 0 or a SOCK2_E* code.
 */
#ifndef SOCK2_CMSG_SYS_H
#define SOCK2_CMSG_SYS_H

#include "internal.h"
#include "cmsgdefs.h" /* sys-unix/cmsgdefs.h or sys-win32/cmsgdefs.h */

/*
 * Decoders: SOCK2_ENOENT when c is not the kind, SOCK2_EINVAL for a wrong
 * length; *out written only on success. c and out are not NULL.
 */
int sock2__sys_cmsg_get_pktinfo(const sock2_cmsg_t *c, sock2_pktinfo_t *out);
int sock2__sys_cmsg_get_creds(const sock2_cmsg_t *c, sock2_cred_t *out);
int sock2__sys_cmsg_get_timestamp(const sock2_cmsg_t *c,
                                  sock2_duration_t *ns);
int sock2__sys_cmsg_get_sock_err(const sock2_cmsg_t *c,
                                 sock2_sock_err_t *out);
/*
 * Encoders: through sock2_cmsg_put(); src is NULL or of the right family
 * (checked by lib/). SOCK2_ENOTSUP where the OS has no such message.
 */
int sock2__sys_cmsg_put_pktinfo(sock2_cmsg_writer_t *w, int v6,
                                const sock2_addr_t *src, uint32_t index);
int sock2__sys_cmsg_put_creds(sock2_cmsg_writer_t *w,
                              const sock2_cred_t *cred);
/*
 * Path-MTU discovery (v6: IPPROTO_IPV6), mode already checked to be a
 * sock2_pmtudisc_t; the getter stores a SOCK2_PMTUDISC_* value.
 */
int sock2__sys_set_mtu_discover(sock2_socket_t s, int v6, int mode);
int sock2__sys_mtu_discover(sock2_socket_t s, int v6, int *mode);
/* IP_PKTINFO or, on the BSDs, IP_RECVDSTADDR and IP_RECVIF. */
int sock2__sys_set_recv_pktinfo_v4(sock2_socket_t s, int on);
int sock2__sys_recv_pktinfo_v4(sock2_socket_t s, int *on);

/*
 * After a successful sock2_recvmsg(), where the OS has no MSG_CMSG_CLOEXEC:
 * FD_CLOEXEC on every received descriptor (lib/cmsg-kinds.c). Returns how
 * many; 0 where the kernel did it already.
 */
int sock2__cmsg_recvmsg_cloexec(sock2_msg_t *msg);

#endif /* SOCK2_CMSG_SYS_H */
