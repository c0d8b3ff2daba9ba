// Generated from package.json by `npx tsx scripts/generate-package-version.ts`: do not edit.
export const PACKAGE_VERSION = "0.1.0";
