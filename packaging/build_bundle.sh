#!/usr/bin/env sh
# Builds the one-folder bundle dist/quizapp/ with PyInstaller, then runs its self-test.
#   packaging/build_bundle.sh               build, then run `dist/quizapp/quizapp --self-test`
#   packaging/build_bundle.sh --no-self-test
# PYTHON names the interpreter whose environment holds quizapp (default: .venv/bin/python).
set -eu
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
APP_ID=io.github.quizapp.QuizApp
SELF_TEST=1
[ "${1:-}" = "--no-self-test" ] && SELF_TEST=0

if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
  "$PY" -m pip install --quiet -e '.[bundle]'
fi

start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/quizapp.spec

# Desktop integration files, laid out as under /usr/share for copying or packaging.
SHARE=dist/quizapp/share
install -Dm644 "packaging/$APP_ID.desktop" "$SHARE/applications/$APP_ID.desktop"
install -Dm644 "packaging/$APP_ID.metainfo.xml" "$SHARE/metainfo/$APP_ID.metainfo.xml"
install -Dm644 "resources/icons/$APP_ID.svg" "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
end=$(date +%s)
echo "built dist/quizapp/ in $((end - start)) s: $(du -sh dist/quizapp | cut -f1)"

if [ "$SELF_TEST" = 1 ]; then
  home=$(mktemp -d)
  trap 'rm -rf "$home"' EXIT
  QUIZAPP_HOME="$home" QT_QPA_PLATFORM=offscreen dist/quizapp/quizapp --self-test
  echo "bundle self-test passed"
fi
