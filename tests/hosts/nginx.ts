/**
 * Starts Debian's nginx (or NGINX_PATH) in the foreground on a loopback port with a configuration of its own, in a
 * temporary prefix, touching no system file. It serves dist/ at / and the sub-path build at /case-report/, each
 * through the project's deploy/nginx/case-report.conf, as deploy/nginx/example.conf shows a deployer.
 *
 *   node tests/hosts/nginx.ts [port]      (default 4401)
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const port = Number(process.argv[2] ?? 4401);
const nginx = process.env['NGINX_PATH'] ?? ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));
if (!nginx) {
  console.error('nginx was not found. Install it (Debian: apt-get install nginx) or name it with NGINX_PATH.');
  process.exit(1);
}
const mimeTypes = ['/etc/nginx/mime.types', '/usr/local/etc/nginx/mime.types'].find((path) => existsSync(path));
if (!mimeTypes) {
  console.error('nginx is installed, but its mime.types was not found in /etc/nginx/.');
  process.exit(1);
}

const prefix = await mkdtemp(join(tmpdir(), 'case-report-nginx-'));
// The sub-path build is served with `root`, as a deployer would: <root>/case-report/ is dist-subpath/.
const subRoot = join(prefix, 'sub');
await mkdir(subRoot);
await symlink(resolve('dist-subpath'), join(subRoot, 'case-report'));
const rules = resolve('deploy/nginx/case-report.conf');
const config = `
# Written by tests/hosts/nginx.ts for the browser tests.
${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
daemon off;
pid ${prefix}/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
    include ${mimeTypes};
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${prefix}/client;
    proxy_temp_path ${prefix}/proxy;
    fastcgi_temp_path ${prefix}/fastcgi;
    uwsgi_temp_path ${prefix}/uwsgi;
    scgi_temp_path ${prefix}/scgi;
    server {
        listen 127.0.0.1:${port};
        server_name localhost;
        location / {
            root ${resolve('dist')};
            error_page 404 /404.html;
            include ${rules};
        }
        location /case-report/ {
            root ${subRoot};
            error_page 404 /case-report/404.html;
            include ${rules};
        }
    }
}
`;
await writeFile(join(prefix, 'nginx.conf'), config);
console.log(`nginx: http://127.0.0.1:${port}/ and /case-report/ (config in ${prefix})`);
const child = spawn(nginx, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', 'stderr'], { stdio: 'inherit' });
const stop = () => child.kill('SIGQUIT');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', (code) => {
  rmSync(prefix, { recursive: true, force: true });
  process.exit(code ?? 0);
});
