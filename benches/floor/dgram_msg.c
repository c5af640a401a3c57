/* The system-call floor of scenarios/dgram_rate.php: a 64-byte datagram
 * sent and received on an AF_UNIX SOCK_DGRAM pair, from C with nothing
 * else around the two calls, the way the PHP functions make them:
 *   msg   sendmsg + recvmsg (one iovec, no name, no control data), as
 *         socket_sendmsg(['iov' => [...]]) + socket_recvmsg do
 *   send  send + recv, as socket_send + socket_recv do
 * Prints: operations/s, then user and system CPU ns per operation
 * (getrusage), so that a PHP figure can be split the same way.
 * Usage: dgram_msg msg|send COUNT */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <time.h>

static double secs(struct timeval tv) { return (double)tv.tv_sec + (double)tv.tv_usec / 1e6; }

int main(int argc, char **argv)
{
    int msg = argc > 1 && strcmp(argv[1], "msg") == 0;
    long n = argc > 2 ? atol(argv[2]) : 1000000;
    int p[2];
    if (socketpair(AF_UNIX, SOCK_DGRAM, 0, p) != 0)
        return 1;
    char out[64], in[64];
    memset(out, 'm', sizeof out);
    struct rusage r0, r1;
    struct timespec t0, t1;
    getrusage(RUSAGE_SELF, &r0);
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (long i = 0; i < n; i++) {
        if (msg) {
            struct iovec siov = {out, sizeof out}, riov = {in, sizeof in};
            struct msghdr sm = {0}, rm = {0};
            sm.msg_iov = &siov;
            sm.msg_iovlen = 1;
            rm.msg_iov = &riov;
            rm.msg_iovlen = 1;
            if (sendmsg(p[0], &sm, 0) != 64 || recvmsg(p[1], &rm, 0) != 64)
                return 1;
        } else {
            if (send(p[0], out, sizeof out, 0) != 64 || recv(p[1], in, sizeof in, 0) != 64)
                return 1;
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    getrusage(RUSAGE_SELF, &r1);
    double dt = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    printf("%.0f %.0f %.0f\n", (double)n / dt,
           (secs(r1.ru_utime) - secs(r0.ru_utime)) * 1e9 / (double)n,
           (secs(r1.ru_stime) - secs(r0.ru_stime)) * 1e9 / (double)n);
    return 0;
}
