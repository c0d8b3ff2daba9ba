import { PACKAGE_VERSION } from './package-version.generated.js';

/** The version of this package, as the CLI reports it and every verdict records it. */
export function packageVersion(): string {
  return PACKAGE_VERSION;
}
