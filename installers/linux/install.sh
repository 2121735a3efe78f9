#!/bin/sh
# Per-user install of Bồi dưỡng from the unpacked tarball: no root needed.
#   ./install.sh            install (or upgrade) into ~/.local/opt/boiduong
#   ./install.sh --uninstall   remove the program; the data in ~/.local/share/BoiDuong is kept
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
target="$HOME/.local/opt/boiduong"
bindir="$HOME/.local/bin"

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$target"
    rm -f "$bindir/boiduong" "$prefix/applications/boiduong.desktop" "$prefix/mime/packages/boiduong-mime.xml" \
          "$prefix/icons/hicolor/256x256/apps/boiduong.png"
    command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$prefix/mime" || true
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$prefix/applications" || true
    echo "Đã gỡ Bồi dưỡng. Dữ liệu vẫn ở ${XDG_DATA_HOME:-$HOME/.local/share}/BoiDuong."
    exit 0
fi

mkdir -p "$target" "$bindir" "$prefix/applications" "$prefix/mime/packages" "$prefix/icons/hicolor/256x256/apps"
rm -rf "$target.new"
cp -a "$here/boiduong" "$target.new"
rm -rf "$target"
mv "$target.new" "$target"
ln -sf "$target/boiduong" "$bindir/boiduong"
sed "s|@BINDIR@|$target|g" "$here/boiduong.desktop" > "$prefix/applications/boiduong.desktop"
cp "$here/boiduong-mime.xml" "$prefix/mime/packages/"
cp "$here/boiduong.png" "$prefix/icons/hicolor/256x256/apps/boiduong.png"
command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$prefix/mime" || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$prefix/applications" || true
echo "Đã cài Bồi dưỡng vào $target (menu Ứng dụng › Văn phòng; lệnh: boiduong)."
