/*
 * Requests in threads, as FrankenPHP runs PHP: one thread-safe (ZTS) PHP
 * embedded in a program (the embed SAPI), several threads at once, each
 * with an interpreter context of its own (ts_resource), each running PHP
 * requests one after another (php_request_startup, the script,
 * php_request_shutdown), every one of them using sockets.
 *
 *   threads [-t THREADS] [-r ROUNDS] [-o DIR] [-T SECONDS] SCRIPT.php...
 *
 * First every script runs once in a single thread, on its own: its output
 * is the reference (written to DIR/NAME.out). Then THREADS threads run
 * ROUNDS rounds each, every round all the scripts in an order rotated by
 * the thread's number, so that different scripts run at the same time;
 * each request's output must be identical to its script's reference (the
 * first that is not is written to DIR/NAME.differs). Last, the number of
 * open descriptors must be what it was before the first request: sockets
 * that scripts leave open are freed by their request's shutdown.
 *
 * The sockets implementation is whatever PHP's configuration loads
 * (PHP_INI_SCAN_DIR). Exit status 0 when every request matched. The whole
 * run is bounded: after SECONDS (default 300) SIGALRM ends the process.
 */
#include <sapi/embed/php_embed.h>
#include <main/php_main.h>
#include <main/SAPI.h>

#include <dirent.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef ZTS
#error "threads.c needs a thread-safe (ZTS) PHP"
#endif

/* Output of the request running on this thread. */
struct buf {
	char *data;
	size_t len, cap;
};
static __thread struct buf out;

static size_t capture_write(const char *str, size_t len)
{
	if (out.len + len > out.cap) {
		size_t cap = out.cap ? out.cap : 4096;
		while (cap < out.len + len) cap *= 2;
		char *p = realloc(out.data, cap);
		if (!p) return 0;
		out.data = p;
		out.cap = cap;
	}
	memcpy(out.data + out.len, str, len);
	out.len += len;
	return len;
}

static void capture_flush(void *server_context)
{
	(void) server_context;
}

/* One request: the script's output, as a NUL-terminated malloc'd string. */
static char *run_request(const char *script)
{
	out.len = 0;
	SG(options) |= SAPI_OPTION_NO_CHDIR;
	if (php_request_startup() == FAILURE) {
		return strdup("php_request_startup() failed\n");
	}
	SG(headers_sent) = 1;
	SG(request_info).no_headers = 1;
	zend_first_try {
		zend_file_handle fh;
		zend_stream_init_filename(&fh, script);
		php_execute_script(&fh);
		zend_destroy_file_handle(&fh);
	} zend_end_try();
	php_request_shutdown(NULL);
	char *s = malloc(out.len + 1);
	if (!s) return NULL;
	memcpy(s, out.data ? out.data : "", out.len);
	s[out.len] = '\0';
	return s;
}

static int nscripts, rounds = 20;
static char **scripts, **refs;
static const char *outdir = ".";
static pthread_mutex_t report_lock = PTHREAD_MUTEX_INITIALIZER;
static long requests, identical;

static const char *base(const char *path)
{
	const char *s = strrchr(path, '/');
	return s ? s + 1 : path;
}

static void write_file(const char *name, const char *suffix, const char *text)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s%s", outdir, base(name), suffix);
	FILE *f = fopen(path, "w");
	if (f) {
		fputs(text, f);
		fclose(f);
	}
}

struct job {
	int number;
	long requests, identical;
};

static void *reference_thread(void *arg)
{
	(void) arg;
	(void) ts_resource(0);
	for (int i = 0; i < nscripts; i++) {
		refs[i] = run_request(scripts[i]);
		write_file(scripts[i], ".out", refs[i] ? refs[i] : "");
	}
	free(out.data);
	ts_free_thread();
	return NULL;
}

static void *worker(void *arg)
{
	struct job *job = arg;
	(void) ts_resource(0);
	for (int r = 0; r < rounds; r++) {
		for (int k = 0; k < nscripts; k++) {
			int i = (k + job->number) % nscripts;
			char *got = run_request(scripts[i]);
			job->requests++;
			if (got && refs[i] && strcmp(got, refs[i]) == 0) {
				job->identical++;
			} else {
				pthread_mutex_lock(&report_lock);
				char suffix[64];
				snprintf(suffix, sizeof suffix, ".differs");
				write_file(scripts[i], suffix, got ? got : "(no output)");
				fprintf(stderr, "thread %d round %d: %s differs from its single-threaded run (%s/%s.differs)\n",
					job->number, r, base(scripts[i]), outdir, base(scripts[i]));
				pthread_mutex_unlock(&report_lock);
			}
			free(got);
		}
	}
	free(out.data);
	out.data = NULL;
	ts_free_thread();
	return NULL;
}

static int open_descriptors(void)
{
	int n = 0;
	DIR *d = opendir("/proc/self/fd");
	if (!d) return -1;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] != '.') n++;
	}
	closedir(d);
	return n - 1; /* the directory's own */
}

int main(int argc, char **argv)
{
	int threads = 4, timeout = 300, opt;
	while ((opt = getopt(argc, argv, "t:r:o:T:")) != -1) {
		switch (opt) {
		case 'T': timeout = atoi(optarg); break;
		case 't': threads = atoi(optarg); break;
		case 'r': rounds = atoi(optarg); break;
		case 'o': outdir = optarg; break;
		default:
			fprintf(stderr, "usage: %s [-t THREADS] [-r ROUNDS] [-o DIR] [-T SECONDS] SCRIPT.php...\n", argv[0]);
			return 2;
		}
	}
	nscripts = argc - optind;
	scripts = argv + optind;
	if (nscripts < 1 || threads < 1) {
		fprintf(stderr, "usage: %s [-t THREADS] [-r ROUNDS] [-o DIR] [-T SECONDS] SCRIPT.php...\n", argv[0]);
		return 2;
	}
	refs = calloc(nscripts, sizeof *refs);
	alarm(timeout);

	php_embed_module.ub_write = capture_write;
	php_embed_module.flush = capture_flush;
	if (php_embed_init(0, NULL) == FAILURE) {
		fprintf(stderr, "php_embed_init() failed\n");
		return 1;
	}
	/* The main thread's own request (php_embed_init starts one) stays
	 * idle while the others run theirs. */
	int fds_before = open_descriptors();

	pthread_t t;
	pthread_create(&t, NULL, reference_thread, NULL);
	pthread_join(t, NULL);

	pthread_t *ts = calloc(threads, sizeof *ts);
	struct job *jobs = calloc(threads, sizeof *jobs);
	for (int i = 0; i < threads; i++) {
		jobs[i].number = i;
		pthread_create(&ts[i], NULL, worker, &jobs[i]);
	}
	for (int i = 0; i < threads; i++) {
		pthread_join(ts[i], NULL);
		requests += jobs[i].requests;
		identical += jobs[i].identical;
	}
	int fds_after = open_descriptors();
	php_embed_shutdown();

	printf("%d scripts, %d threads x %d rounds: %ld requests, %ld identical to the single-threaded run, %ld differ\n",
		nscripts, threads, rounds, requests, identical, requests - identical);
	printf("open descriptors: %d before the first request, %d after the last\n", fds_before, fds_after);
	for (int i = 0; i < nscripts; i++) free(refs[i]);
	free(refs);
	free(ts);
	free(jobs);
	return requests == identical && fds_before == fds_after ? 0 : 1;
}
