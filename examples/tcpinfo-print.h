/* SPDX-License-Identifier: MIT */
/*
 * Print a sock2_tcp_info_t, one field a line, marking the fields this OS
 * does not report: shared by examples/tcp-info.c and sock2-info.
 */
#ifndef SOCK2_EXAMPLES_TCPINFO_PRINT_H
#define SOCK2_EXAMPLES_TCPINFO_PRINT_H

#include <stdio.h>

#include <sock2.h>

static void
tcpinfo_print(const char *indent, const sock2_tcp_info_t *ti)
{
#define TI_U(bit, name, val, unit)                                            \
  do {                                                                        \
    if (ti->present & (bit))                                                  \
      printf("%s%-16s %llu%s\n", indent, name, (unsigned long long)(val),     \
             unit);                                                           \
    else                                                                      \
      printf("%s%-16s (not reported here)\n", indent, name);                  \
  } while (0)
#define TI_D(bit, name, val)                                                  \
  do {                                                                        \
    if (ti->present & (bit))                                                  \
      printf("%s%-16s %.3f ms\n", indent, name, (double)(val) / 1e6);         \
    else                                                                      \
      printf("%s%-16s (not reported here)\n", indent, name);                  \
  } while (0)
  if (ti->present & SOCK2_TCPI_STATE)
    printf("%s%-16s %s\n", indent, "state", sock2_tcp_state_name(ti->state));
  TI_D(SOCK2_TCPI_RTT, "rtt", ti->rtt);
  TI_D(SOCK2_TCPI_RTTVAR, "rttvar", ti->rttvar);
  TI_D(SOCK2_TCPI_MIN_RTT, "min_rtt", ti->min_rtt);
  TI_D(SOCK2_TCPI_RTO, "rto", ti->rto);
  TI_U(SOCK2_TCPI_SND_MSS, "snd_mss", ti->snd_mss, " bytes");
  TI_U(SOCK2_TCPI_RCV_MSS, "rcv_mss", ti->rcv_mss, " bytes");
  TI_U(SOCK2_TCPI_PMTU, "pmtu", ti->pmtu, " bytes");
  TI_U(SOCK2_TCPI_SND_CWND, "snd_cwnd", ti->snd_cwnd, " bytes");
  TI_U(SOCK2_TCPI_SND_SSTHRESH, "snd_ssthresh", ti->snd_ssthresh, " bytes");
  TI_U(SOCK2_TCPI_SND_WND, "snd_wnd", ti->snd_wnd, " bytes");
  TI_U(SOCK2_TCPI_RCV_WND, "rcv_wnd", ti->rcv_wnd, " bytes");
  TI_U(SOCK2_TCPI_RETRANSMITS, "retransmits", ti->retransmits, "");
  TI_U(SOCK2_TCPI_TOTAL_RETRANS, "total_retrans", ti->total_retrans, "");
  TI_U(SOCK2_TCPI_UNACKED, "unacked", ti->unacked, " segments");
  TI_U(SOCK2_TCPI_LOST, "lost", ti->lost, " segments");
  TI_U(SOCK2_TCPI_BYTES_SENT, "bytes_sent", ti->bytes_sent, "");
  TI_U(SOCK2_TCPI_BYTES_ACKED, "bytes_acked", ti->bytes_acked, "");
  TI_U(SOCK2_TCPI_BYTES_RECEIVED, "bytes_received", ti->bytes_received, "");
  TI_U(SOCK2_TCPI_BYTES_RETRANS, "bytes_retrans", ti->bytes_retrans, "");
  TI_U(SOCK2_TCPI_DELIVERY_RATE, "delivery_rate", ti->delivery_rate,
       " bytes/s");
  TI_U(SOCK2_TCPI_SEGS_OUT, "segs_out", ti->segs_out, "");
  TI_U(SOCK2_TCPI_SEGS_IN, "segs_in", ti->segs_in, "");
  if (ti->present & SOCK2_TCPI_OPTIONS)
    printf("%s%-16s%s%s%s%s%s%s\n", indent, "options",
           ti->options & SOCK2_TCPI_OPT_TIMESTAMPS ? " timestamps" : "",
           ti->options & SOCK2_TCPI_OPT_SACK ? " sack" : "",
           ti->options & SOCK2_TCPI_OPT_WSCALE ? " wscale" : "",
           ti->options & SOCK2_TCPI_OPT_ECN ? " ecn" : "",
           ti->options & SOCK2_TCPI_OPT_ECN_SEEN ? " ecn-seen" : "",
           ti->options & SOCK2_TCPI_OPT_SYN_DATA ? " syn-data" : "");
  if (ti->present & (SOCK2_TCPI_SND_WSCALE | SOCK2_TCPI_RCV_WSCALE))
    printf("%s%-16s snd %u, rcv %u\n", indent, "wscale",
           (unsigned)ti->snd_wscale, (unsigned)ti->rcv_wscale);
#undef TI_U
#undef TI_D
}

#endif /* SOCK2_EXAMPLES_TCPINFO_PRINT_H */
