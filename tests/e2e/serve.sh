#!/usr/bin/env bash
# Serves the release builds with Debian's nginx on 127.0.0.1, using the same
# location rules as deploy/nginx/, in the foreground (Playwright stops it).
#   BG_PORT      the site at /            (dist/)              default 18431
#   BG_SUB_PORT  the site under /guide/   (target/e2e/sub/)    default 18432
#   BG_ROOT      the folder served at /                         default dist/
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
port=${BG_PORT:-18431}
sub_port=${BG_SUB_PORT:-18432}
run="$repo/target/e2e/nginx"
mkdir -p "$run"
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
        location /guide/ { include backend-guide/security-headers.conf; try_files \$uri /guide/index.html; }
        location / { return 404; }
    }
}
CONF
exec /usr/sbin/nginx -p "$run" -c "$run/nginx.conf" -e stderr -g 'daemon off;'
