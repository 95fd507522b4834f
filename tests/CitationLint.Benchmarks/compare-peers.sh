#!/usr/bin/env bash
# Whole-process wall time of `citationlint check` beside codespell (Debian) and cspell@9 (npm) on the
# same C# files (issue 11). Installs both peers, packs and installs the citationlint tool into a
# temporary folder, writes the generated benchmark tree, then times each tool on each folder once,
# one after the other, and prints seconds and ratios. Output of the tools goes to /dev/null; their
# exit codes (findings) are not failures here.
#
#   tests/CitationLint.Benchmarks/compare-peers.sh [<folder of C#>…]
#
# With no folder, the generated tree alone; folders given (a real repository, say) are timed after it.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v codespell > /dev/null; then
  # A fresh machine's package lists may be empty: then codespell is found only after an update.
  sudo=$([ "$(id -u)" -eq 0 ] || echo sudo)
  $sudo apt-get install -y -q codespell > /dev/null 2>&1 || { $sudo apt-get update -q > /dev/null && $sudo apt-get install -y -q codespell > /dev/null; }
fi
npm install --silent --no-audit --no-fund --prefix "$work/npm" cspell@9 > /dev/null
cspell="$work/npm/node_modules/.bin/cspell"

version="0.0.0-peers.$(date +%s)"
dotnet pack "$root/src/CitationLint.Cli" -c Release -o "$work/feed" -p:PackageVersion="$version" > /dev/null
dotnet tool install --tool-path "$work/tool" --add-source "$work/feed" CitationLint.Cli --version "$version" > /dev/null
citationlint="$work/tool/citationlint"

dotnet run -c Release --project "$root/tests/CitationLint.Benchmarks" -- --write-tree "$work/tree"

echo "codespell $(codespell --version), cspell $("$cspell" --version), citationlint $version; $(nproc) cores; $(date -u +%F)"

seconds() {
  local start end
  start=$(date +%s%N)
  "$@" > /dev/null 2>&1 || true
  end=$(date +%s%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", (b - a) / 1e9 }'
}

printf '\n| Folder | Files | MB | citationlint check | codespell | cspell@9 | codespell / citationlint | cspell / citationlint |\n|---|---:|---:|---:|---:|---:|---:|---:|\n'
for folder in "$work/tree" "$@"; do
  folder=$(cd "$folder" && pwd)
  files=$(find "$folder" -name '*.cs' -not -path '*/obj/*' -not -path '*/bin/*' | wc -l)
  mb=$(find "$folder" -name '*.cs' -not -path '*/obj/*' -not -path '*/bin/*' -print0 | du -cb --files0-from=- | tail -1 | awk '{printf "%.1f", $1 / 1e6}')
  lint=$(seconds "$citationlint" check "$folder")
  spell=$(seconds codespell "$folder")
  cs=$(cd "$folder" && seconds "$cspell" lint --no-progress --no-summary --no-color --no-must-find-files '**/*.cs')
  name=$([ "$folder" = "$work/tree" ] && echo "generated tree" || basename "$folder")
  printf '| %s | %s | %s | %.1f s | %.1f s | %.1f s | %.1f× | %.1f× |\n' "$name" "$files" "$mb" "$lint" "$spell" "$cs" \
    "$(awk -v a="$spell" -v b="$lint" 'BEGIN { print a / b }')" "$(awk -v a="$cs" -v b="$lint" 'BEGIN { print a / b }')"
done
