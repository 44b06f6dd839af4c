#!/usr/bin/env bash
# The Linux half of the installer profile (pom.xml, profile "installer"), run from the filled-in
# argument files' folder (target/installer/conf):
#   package.sh JDK_BIN INSTALLER_DIR CDS(true|false) DEB(true|false)
# 0. puts the launcher script (launcher.sh) in place of jpackage's native launcher;
# 1. gives the app-image INSTALLER_DIR/image/liaison-log its class-data-sharing archive (cds.sh);
# 2. makes the .deb in INSTALLER_DIR/package with jpackage from that app-image;
# 3. puts the menu entry and icons in the .deb as its own files (below), and
# 4. remakes the .deb's archive where the package installs (/opt/liaison-log): Java 17 checks an
#    archive against the class path's paths, so the app-image's would not be used once installed.
#    The training run sees the package's files at /opt/liaison-log through a bind mount in a mount
#    namespace of its own (unshare): nothing is written to the real /opt.
# Without an X display (no $DISPLAY, no xvfb-run) or without namespaces, a package is made
# without archive and a warning printed; the build does not fail for that.
set -euo pipefail

jdk_bin=$1
dir=$2
cds=$3
deb=$4
conf=$(pwd)
image="$dir/image/liaison-log"

warn() { echo "[WARNING] $*" >&2; }

# The launcher: a script in place of jpackage's, which asks rpm and dpkg about itself at every
# start (launcher.sh says more). Before the archive: the training runs go through it.
install -m 0755 "$conf/linux/launcher.sh" "$image/bin/liaison-log"

if [ "$cds" = true ]; then
  bash "$conf/linux/cds.sh" "$image" || warn "the app-image is built without class-data-sharing archive (slower start)"
fi

[ "$deb" = true ] || exit 0

"$jdk_bin/jpackage" @jpackage.txt @linux/jpackage.txt @linux/deb.txt --type deb \
  --app-image "$image" --dest "$dir/package"
package=$(ls "$dir"/package/liaison-log_*.deb)

# Unpack, remake the archive at the installed path (or drop it), pack again.
stage="$dir/deb-stage"
rm -rf "$stage"
dpkg-deb -R "$package" "$stage"
installed="$stage/opt/liaison-log"

# The menu entry and the icon as the package's own files, which dpkg adds and removes (the
# desktop's triggers update the menu), instead of jpackage's calls to xdg-desktop-menu: those
# fail, and with them the installation, where no menu folder is writable (a minimal system).
sed -i '/xdg-desktop-menu\|xdg-icon-resource\|xdg-mime/d' "$stage/DEBIAN/postinst" "$stage/DEBIAN/prerm"
sed -i 's/, xdg-utils//' "$stage/DEBIAN/control"
mkdir -p "$stage/usr/share/applications"
sed 's|^Icon=.*|Icon=liaison-log|' "$installed/lib/liaison-log-liaison-log.desktop" \
  >"$stage/usr/share/applications/liaison-log.desktop"
rm "$installed/lib/liaison-log-liaison-log.desktop"
for size in 16 32 48 64 128 256 512; do
  install -D -m 0644 "$conf/icons/liaison-log-$size.png" \
    "$stage/usr/share/icons/hicolor/${size}x${size}/apps/liaison-log.png"
done
rm -f "$installed/lib/app/liaison-log.jsa"
sed -i '/SharedArchiveFile/d' "$installed/lib/app/liaison-log.cfg"
trained=false
if [ "$cds" = true ]; then
  if [ "$(id -u)" = 0 ]; then userns=(); else userns=(-r); fi
  # In the namespace: an empty /opt of its own, the package's folder mounted at /opt/liaison-log.
  if unshare -m "${userns[@]}" bash -c '
        set -e
        mount -t tmpfs -o mode=0755 liaison-log-opt /opt
        mkdir /opt/liaison-log
        mount --bind "$1" /opt/liaison-log
        bash "$2" /opt/liaison-log' _ "$installed" "$conf/linux/cds.sh"; then
    trained=true
  else
    warn "the .deb is built without class-data-sharing archive (no mount namespace or no display)"
  fi
fi
size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
sed -i "s/^Installed-Size:.*/Installed-Size: $size/" "$stage/DEBIAN/control"
if [ -f "$stage/DEBIAN/md5sums" ]; then
  (cd "$stage" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum) \
    >"$stage/DEBIAN/md5sums"
fi
rm -f "$package"
fakeroot dpkg-deb --root-owner-group -b "$stage" "$package" >/dev/null
rm -rf "$stage"
echo "package.sh: $package (class-data-sharing archive: $trained)"
