// Runs before `npm test` (the `pretest` script): when a program the tests need is missing, installs its
// Debian package with apt-get and says so, so that `npm ci && npm test` passes on a fresh Debian/Ubuntu
// machine. As root it runs apt-get itself, otherwise through `sudo -n` when that needs no password;
// when neither works it names the command to run and fails before any test starts.
import { spawnSync } from 'node:child_process';
import { debianPackages, findTool, missingTools } from '../test/support/system-tools.js';

const missing = missingTools();
if (missing.length > 0) process.exitCode = install(missing);

function install(tools: ReturnType<typeof missingTools>): number {
  const packages = debianPackages(tools);
  const aptInstall = ['apt-get', 'install', '-y', '-qq', '--no-install-recommends'];
  const asRoot = process.getuid?.() === 0;
  const withSudo = !asRoot && findTool('sudo') !== undefined && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  if (findTool('apt-get') === undefined || (!asRoot && !withSudo)) {
    console.error(
      `npm test needs ${tools.join(', ')}, which ${tools.length === 1 ? 'is' : 'are'} not installed.\n` +
        `Install the Debian package${packages.length === 1 ? '' : 's'} first: sudo apt-get install --no-install-recommends ${packages.join(' ')}`,
    );
    return 1;
  }
  console.log(`npm test needs ${tools.join(', ')}: installing the Debian packages ${packages.join(' ')} with apt-get${withSudo ? ' (sudo)' : ''}`);
  const prefix = withSudo ? ['sudo', '-n', 'env', 'DEBIAN_FRONTEND=noninteractive'] : [];
  const apt = (command: string[]) => {
    const [program = '', ...args] = [...prefix, ...command];
    const result = spawnSync(program, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (result.status !== 0) console.error(`${command.join(' ')} failed (exit ${result.status ?? result.signal})`);
    return result.status === 0;
  };
  // chromium on its own: where it has no deb (Ubuntu), the other packages still get installed.
  const others = packages.filter((name) => name !== 'chromium');
  const installed =
    apt(['apt-get', 'update', '-qq']) &&
    (others.length === 0 || apt([...aptInstall, ...others])) &&
    (!packages.includes('chromium') || apt([...aptInstall, 'chromium']));
  const stillMissing = missingTools();
  if (stillMissing.length > 0) {
    console.error(
      `still missing: ${stillMissing.join(', ')}.` +
        (stillMissing.includes('chromium')
          ? ' Where chromium has no deb (Ubuntu ships it as a snap, which cannot read the tests\' files in /tmp), install Google Chrome (google-chrome-stable).'
          : ''),
    );
    return 1;
  }
  return installed ? 0 : 1;
}
