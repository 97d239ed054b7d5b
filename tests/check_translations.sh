#!/bin/sh
# Fails when running lupdate over the sources would change a .ts file (a
# string missing from it, or one no longer in the sources), or when a .ts
# file has unfinished, vanished or obsolete entries.
#
#   check_translations.sh LUPDATE SOURCE_DIR
set -eu
lupdate=$1
source=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$source"/translations/commonplace_*.ts; do
    name=$(basename "$ts")
    cp "$ts" "$work/$name"
    options="-locations none"
    # English is the source language: it needs only its plural forms.
    [ "$name" = commonplace_en.ts ] && options="$options -pluralonly"
    # shellcheck disable=SC2086
    "$lupdate" $options "$source/src/core" "$source/src/session" "$source/src/exchange" "$source/src/ui" "$source/src/app" "$source/forms" \
        -ts "$work/$name" >/dev/null
    if ! cmp -s "$ts" "$work/$name"; then
        echo "$name is not up to date with the sources; run the commonplace_ui_lupdate target:"
        diff "$ts" "$work/$name" | head -n 20
        status=1
    fi
    count=$(grep -c 'type="\(unfinished\|vanished\|obsolete\)"' "$ts" || true)
    if [ "$count" -ne 0 ]; then
        echo "$name has $count unfinished, vanished or obsolete entries"
        status=1
    fi
done
[ "$status" -eq 0 ] && echo "All translations are complete and up to date."
exit "$status"
