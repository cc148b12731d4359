#!/usr/bin/env bash
# Fetches the NL Design System component CSS of the Rijkshuisstijl community (EUPL-1.2) with npm and
# copies the built file, its licence and a VERSION file with its sha256 into the webapp. Only this
# script needs Node; the build uses the copied files. Run from anywhere: update-rijkshuisstijl.sh [version]
#
# The package @rijkshuisstijl-community/design-tokens is deliberately not fetched: its LICENSE.md
# reserves all rights and forbids applying it to any organisation outside the Dutch central
# government. Weerbaar's own tokens live in resources/css/theme.css (see README.md there).
set -euo pipefail
VERSION="${1:-12.0.0}"
PACKAGE="@rijkshuisstijl-community/components-css"
HERE="$(cd "$(dirname "$0")" && pwd)"
TARGET="$HERE/../webapp/resources/vendor/rijkshuisstijl-community"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

(cd "$WORK" && npm pack --silent "$PACKAGE@$VERSION" > /dev/null)
tar -xzf "$WORK"/*.tgz -C "$WORK"
test "$(node -p "require('$WORK/package/package.json').license")" = "EUPL-1.2"

mkdir -p "$TARGET"
cp "$WORK/package/dist/index.css" "$TARGET/components.css"
cp "$WORK/package/LICENSE.md" "$TARGET/LICENCE.md"
{
    echo "# Vendored by web/src/main/vendor/update-rijkshuisstijl.sh; checked by VendoredCssTest."
    echo "package=$PACKAGE"
    echo "version=$VERSION"
    echo "licence=EUPL-1.2"
    echo "source=package/dist/index.css"
    echo "sha256=$(sha256sum "$TARGET/components.css" | cut -d' ' -f1)  components.css"
    echo "sha256=$(sha256sum "$TARGET/LICENCE.md" | cut -d' ' -f1)  LICENCE.md"
} > "$TARGET/VERSION"
echo "Vendored $PACKAGE@$VERSION into $TARGET"
