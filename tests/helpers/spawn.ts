import { spawn, type SpawnOptions } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The compiled CLI, as users run it (built by tests/global-setup.ts). */
export const BIN = fileURLToPath(new URL('../../bin/whosaid.js', import.meta.url));

/** What a spawned run printed and how it ended. */
export interface SpawnResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/whosaid.js …` with `stdin` piped in (closed at once when not given). */
export function runBin(args: string[], options: SpawnOptions & { stdin?: string | Uint8Array } = {}): Promise<SpawnResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { ...options, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    child.stdin!.end(options.stdin);
  });
}
