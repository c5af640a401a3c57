/* The system-call floor of PHP_NORMAL_READ without read-ahead: the same
 * scenario as scenarios/normal_read.php (a forked writer, ~45-byte lines),
 * read the way rust_sockets reads a line (recv MSG_PEEK to find the end,
 * then recv of exactly that many bytes), with nothing else around it.
 * Prints lines/s. Usage: normal_read LINES */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 200000;
    int p[2];
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, p) != 0)
        return 1;
    pid_t pid = fork();
    if (pid == 0) {
        close(p[1]);
        char batch[45 * 100];
        for (int i = 0; i < 100; i++) {
            memset(batch + i * 45, 'l', 44);
            batch[i * 45 + 44] = '\n';
        }
        for (long i = 0; i < n; i += 100) {
            size_t off = 0;
            while (off < sizeof batch) {
                ssize_t w = write(p[0], batch + off, sizeof batch - off);
                if (w <= 0)
                    _exit(1);
                off += (size_t)w;
            }
        }
        _exit(0);
    }
    close(p[0]);
    char buf[1024];
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (long i = 0; i < n; i++) {
        ssize_t got = recv(p[1], buf, sizeof buf, MSG_PEEK);
        if (got <= 0)
            return 1;
        char *nl = memchr(buf, '\n', (size_t)got);
        size_t len = nl ? (size_t)(nl - buf) + 1 : (size_t)got;
        if (recv(p[1], buf, len, 0) != (ssize_t)len)
            return 1;
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    waitpid(pid, NULL, 0);
    double dt = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    printf("%.0f\n", (double)n / dt);
    return 0;
}
