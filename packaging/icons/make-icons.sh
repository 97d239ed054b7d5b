#!/bin/sh
# Makes the Windows (.ico) and macOS (.icns) icons committed beside this
# script from the SVG sources. Run it after changing an SVG; it needs
# rsvg-convert (librsvg2-bin), ImageMagick's convert and png2icns (icnsutils).
# The PNG sizes Linux uses are made at build time (see linux.cmake).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
make() { # make SVG NAME
    for size in 16 32 48 128 256 512; do
        rsvg-convert -w $size -h $size "$1" -o "$work/$2-$size.png"
    done
    convert "$work/$2-16.png" "$work/$2-32.png" "$work/$2-48.png" "$work/$2-256.png" "$here/$2.ico"
    png2icns "$here/$2.icns" "$work/$2-16.png" "$work/$2-32.png" "$work/$2-128.png" \
        "$work/$2-256.png" "$work/$2-512.png" >/dev/null
}
make "$here/../../resources/icons/commonplace.svg" commonplace
make "$here/application-x-commonplace-notebook.svg" commonplace-notebook
