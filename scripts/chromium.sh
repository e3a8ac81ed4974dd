# Sourced by test.sh: the browser tests drive Debian's Chromium (/usr/bin/chromium), never a downloaded one.
# Installing needs root or sudo, the first time only.

ensure_chromium_installed() {
  export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
  [ -x /usr/bin/chromium ] && return 0
  echo "Installing Chromium from Debian's packages…"
  local sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq >/dev/null || { echo "apt-get update failed." >&2; return 1; }
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq chromium >/dev/null \
    || { echo "Could not install Chromium." >&2; return 1; }
  [ -x /usr/bin/chromium ]
}
