#!/usr/bin/env bash
# Serves the release builds with Debian's nginx on 127.0.0.1, using the same
# location rules as deploy/nginx/, in the foreground (Playwright stops it).
#   BG_PORT      the site at /            (dist/)              default 18431
#   BG_SUB_PORT  the site under /guide/   (target/e2e/sub/)    default 18432
#   BG_ROOT      the folder served at /                         default dist/
#   BG_HOST_PORT another site that embeds the guide (tests/fixtures/host*.html,
#                with __GUIDE__ replaced by the guide's origin)  default 18433
#   BG_RUN       nginx's own folder (config, logs, pid)   default target/e2e/nginx
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
port=${BG_PORT:-18431}
sub_port=${BG_SUB_PORT:-18432}
host_port=${BG_HOST_PORT:-18433}
guide="http://127.0.0.1:$port"
run="${BG_RUN:-$repo/target/e2e/nginx}"
mkdir -p "$run" "$run/host"
# The host pages name the guide by a placeholder; fill in this run's origin.
for page in "$repo"/tests/fixtures/host*.html; do
  sed "s#__GUIDE__#$guide#g" "$page" > "$run/host/$(basename "$page")"
done
# The deploy files are included as backend-guide/*.conf, relative to the
# configuration folder, exactly as on a Debian server.
ln -sfn "$repo/deploy/nginx" "$run/backend-guide"
modules=""
for m in ngx_http_brotli_filter_module ngx_http_brotli_static_module; do
  [ -f "/usr/lib/nginx/modules/$m.so" ] && modules+="load_module /usr/lib/nginx/modules/$m.so;"$'\n'
done
user_line=""
[ "$(id -u)" = 0 ] && user_line="user root root;"

cat > "$run/nginx.conf" <<CONF
$user_line
$modules
worker_processes 1;
pid $run/nginx.pid;
error_log $run/error.log warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log $run/access.log;
    client_body_temp_path $run/body;
    proxy_temp_path $run/proxy;
    fastcgi_temp_path $run/fastcgi;
    uwsgi_temp_path $run/uwsgi;
    scgi_temp_path $run/scgi;
    sendfile on;

    server {
        listen 127.0.0.1:$port;
        root ${BG_ROOT:-$repo/dist};
        include backend-guide/locations.conf;
    }

    # The same build made with --public-url /guide/, served under that path.
    server {
        listen 127.0.0.1:$sub_port;
        root $repo/target/e2e/sub;
        set \$bg_frame_ancestors "'self'";
        location /guide/content/ { include backend-guide/security-headers.conf; try_files \$uri =404; }
        location /guide/embed/ {
            set \$bg_frame_ancestors "*";
            include backend-guide/security-headers.conf;
            try_files \$uri \$uri/index.html =404;
            error_page 404 /guide/embed/404.html;
        }
        location /guide/hi/embed/ {
            set \$bg_frame_ancestors "*";
            include backend-guide/security-headers.conf;
            try_files \$uri \$uri/index.html =404;
            error_page 404 /guide/hi/embed/404.html;
        }
        location /guide/hi/ {
            include backend-guide/security-headers.conf;
            try_files \$uri \$uri/index.html =404;
            error_page 404 /guide/hi/404.html;
        }
        location /guide/ {
            include backend-guide/security-headers.conf;
            try_files \$uri \$uri/index.html =404;
            error_page 404 /guide/404.html;
        }
        location / { return 404; }
    }

    # A blogger's site on another origin, with a strict CSP of its own that
    # allows the guide's script and frames and nothing else of ours. Inline
    # mode also needs 'wasm-unsafe-eval' (the wasm runs in the host page).
    server {
        listen 127.0.0.1:$host_port;
        root $run/host;
        add_header Cache-Control "no-store" always;
        location = /host.html {
            add_header Content-Security-Policy "script-src $guide; frame-src $guide" always;
            add_header Cache-Control "no-store" always;
        }
        # Click-to-load and mistyped attributes, under a strict CSP: the
        # guide's script and frames, and no inline style at all.
        location ~ ^/host-(click|bad)\.html$ {
            add_header Content-Security-Policy "default-src 'none'; img-src data:; script-src $guide; frame-src $guide; style-src 'none'" always;
            add_header Cache-Control "no-store" always;
        }
        # A page that runs no script (pasted snippets, oEmbed html).
        location = /host-paste.html {
            add_header Content-Security-Policy "default-src 'none'; img-src data:; frame-src $guide" always;
            add_header Cache-Control "no-store" always;
        }
        location ~ ^/host-(inline|path|hindi|lang-xx)\.html$ {
            add_header Content-Security-Policy "script-src $guide 'wasm-unsafe-eval'; frame-src $guide" always;
            add_header Cache-Control "no-store" always;
        }
    }
}
CONF
exec /usr/sbin/nginx -p "$run" -c "$run/nginx.conf" -e stderr -g 'daemon off;'
