/** A catalogue version `major.minor.patch` (pre-release and build suffixes are not used by catalogues). */
export interface SemanticVersion {
  major: number;
  minor: number;
  patch: number;
}

/** How the new version number relates to the old one. */
export type VersionStep = 'major' | 'minor' | 'patch' | 'same' | 'lower' | 'invalid';

export function parseVersion(text: string): SemanticVersion | undefined {
  const match = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.exec(text);
  if (!match) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]) };
}

/**
 * The step from `before` to `after`, by the first part that differs.
 * @example compareVersions('1.2.3', '1.3.0') // 'minor'; compareVersions('1.2.3', '1.2.2') // 'lower'
 */
export function compareVersions(before: string, after: string): VersionStep {
  const a = parseVersion(before);
  const b = parseVersion(after);
  if (!a || !b) return 'invalid';
  for (const part of ['major', 'minor', 'patch'] as const) {
    if (b[part] > a[part]) return part;
    if (b[part] < a[part]) return 'lower';
  }
  return 'same';
}

/**
 * The step a version number must take for changes that need `bump`. Under 0.x semantic versioning
 * (initial development) a breaking change moves the minor number, so `major` becomes `minor` there;
 * the other steps stay as they are, so a patch still never turns a verdict.
 * @example versionStepFor('0.1.0', 'major') // 'minor'; versionStepFor('1.2.0', 'major') // 'major'
 */
export function versionStepFor<B extends 'major' | 'minor' | 'patch' | 'none'>(from: string, bump: B): B | 'minor' {
  return bump === 'major' && parseVersion(from)?.major === 0 ? 'minor' : bump;
}
