/* Why PHP_NORMAL_READ on an AF_UNIX stream stops near 8x native: the
 * kernel's MSG_PEEK on an AF_UNIX stream socket walks every buffer in the
 * receive queue, even after it has copied the bytes asked for
 * (unix_stream_read_generic goes on to skb_peek_next), so a peek costs
 * more the fuller the queue. A plain recv() does not. A writer that keeps
 * the queue full, as in scenarios/normal_read.php, makes every peek pay for
 * ~45 queued writes. (TCP's peek stops at the bytes asked for.)
 * Prints nanoseconds per peek of 64 bytes and per recv() of 45 bytes with
 * 1, 10, 20 and 40 writes of 4,500 bytes queued. Usage: peek_depth */
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

int main(void)
{
    static const int depths[] = {1, 10, 20, 40};
    char batch[4500], buf[64];
    memset(batch, 'l', sizeof batch);
    for (unsigned d = 0; d < sizeof depths / sizeof *depths; d++) {
        int p[2];
        if (socketpair(AF_UNIX, SOCK_STREAM, 0, p) != 0)
            return 1;
        int sndbuf = 1 << 20;
        setsockopt(p[0], SOL_SOCKET, SO_SNDBUF, &sndbuf, sizeof sndbuf);
        for (int i = 0; i < depths[d]; i++)
            if (write(p[0], batch, sizeof batch) != (ssize_t)sizeof batch)
                return 1;
        const int n = 20000;
        double t0 = now();
        for (int i = 0; i < n; i++)
            if (recv(p[1], buf, sizeof buf, MSG_PEEK) <= 0)
                return 1;
        double t1 = now();
        /* Consume and refill one 45-byte piece at a time: depth stays. */
        for (int i = 0; i < n; i++) {
            if (recv(p[1], buf, 45, 0) != 45)
                return 1;
            if (i % 100 == 99 && write(p[0], batch, sizeof batch) != (ssize_t)sizeof batch)
                return 1;
        }
        double t2 = now();
        printf("%d %.0f %.0f\n", depths[d], (t1 - t0) / n, (t2 - t1) / n);
        close(p[0]);
        close(p[1]);
    }
    return 0;
}
