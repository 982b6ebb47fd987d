/* The C peer of TransferBenchmark: a loopback TCP pair, one thread sending TOTAL bytes in 64 KiB
 * send(2) calls on a blocking socket, the main thread receiving them with recv(2); prints MB/s
 * (10^6 bytes per second). Usage: bulk MIB */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define CHUNK (64 * 1024)
static long long total;
static int sender_fd;

static void *send_all(void *arg) {
    static char buf[CHUNK];
    (void) arg;
    memset(buf, 7, sizeof buf);
    for (long long sent = 0; sent < total; sent += CHUNK) {
        size_t off = 0;
        while (off < CHUNK) {
            ssize_t n = send(sender_fd, buf + off, CHUNK - off, 0);
            if (n <= 0) { perror("send"); exit(1); }
            off += (size_t) n;
        }
    }
    return NULL;
}

int main(int argc, char **argv) {
    total = (argc > 1 ? atoll(argv[1]) : 1024) << 20;
    int l = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = {0};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    if (bind(l, (struct sockaddr *) &a, sizeof a) || listen(l, 1) || getsockname(l, (struct sockaddr *) &a, &len)) {
        perror("listen"); return 1;
    }
    sender_fd = socket(AF_INET, SOCK_STREAM, 0);
    if (connect(sender_fd, (struct sockaddr *) &a, sizeof a)) { perror("connect"); return 1; }
    int r = accept(l, NULL, NULL);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pthread_t th;
    pthread_create(&th, NULL, send_all, NULL);
    static char in[CHUNK];
    long long got = 0;
    while (got < total) {
        ssize_t n = recv(r, in, sizeof in, 0);
        if (n <= 0) { perror("recv"); return 1; }
        got += n;
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    pthread_join(th, NULL);
    double s = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
    printf("%.1f\n", got / s / 1e6);
    close(r); close(sender_fd); close(l);
    return 0;
}
