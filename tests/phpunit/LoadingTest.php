<?php

/** How PHP loads the extension, next to or instead of the C one. */
final class LoadingTest extends SocketTestCase
{
    private static function runPhp(string ...$args): array
    {
        $cmd = array_merge([PHP_BINARY, '-n'], $args);
        $proc = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        $out = stream_get_contents($pipes[1]);
        $err = stream_get_contents($pipes[2]);
        return [proc_close($proc), $out, $err];
    }

    private static function so(string $which): string
    {
        $so = getenv($which);
        if ($so === false || !is_file($so)) {
            self::markTestSkipped("$which is not set (run through scripts/test)");
        }
        return $so;
    }

    public function testBothImplementationsGiveOneClearLine(): void
    {
        foreach ([['NATIVE_SO', 'RUST_SO'], ['RUST_SO', 'NATIVE_SO']] as [$first, $second]) {
            [$code, $out, $err] = self::runPhp('-d', 'extension=' . self::so($first), '-d', 'extension=' . self::so($second),
                '-d', 'display_startup_errors=1', '-r', 'echo socket_strerror(1), "\n";');
            $this->assertSame(0, $code);
            $this->assertSame("Operation not permitted\n", substr($out, -24));
            $lines = array_values(array_filter(explode("\n", $out . $err), fn($l) => str_contains($l, 'sockets')));
            $this->assertCount(1, $lines, $out . $err);
            $this->assertStringContainsString('Module "sockets" is already loaded', $lines[0]);
        }
    }

    public function testRunsWithoutStderrNoise(): void
    {
        $so = self::so('RUST_SO');
        foreach (glob(__DIR__ . '/../../examples/*.php') as $example) {
            [$code, $out, $err] = self::runPhp('-d', "extension=$so", $example);
            $this->assertSame(0, $code);
            $this->assertSame('', $err);
            $this->assertNotSame('', $out);
        }
    }

    public function testInfoNamesTheImplementation(): void
    {
        [$code, $out] = self::runPhp('-d', 'extension=' . self::so('RUST_SO'), '--ri', 'sockets');
        $this->assertSame(0, $code);
        $this->assertStringContainsString('Sockets Support => enabled', $out);
        $this->assertStringContainsString('Implementation => rust_sockets', $out);
        $this->assertMatchesRegularExpression('/rust_sockets version => \d+\.\d+\.\d+/', $out);
    }

    public function testInstalledByName(): void
    {
        $dir = ini_get('extension_dir');
        if (!is_file("$dir/rust_sockets.so")) {
            $this->markTestSkipped("rust_sockets.so is not installed in $dir (scripts/install)");
        }
        [$code, $out] = self::runPhp('-d', 'extension=rust_sockets.so', '-r', 'echo extension_loaded("sockets") ? "yes" : "no";');
        $this->assertSame(0, $code);
        $this->assertSame('yes', $out);
    }
}
