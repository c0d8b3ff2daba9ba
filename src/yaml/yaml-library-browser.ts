/** The `yaml` library in the browser build: part of the one bundle, so there is nothing to load lazily. */
import * as YamlLibrary from 'yaml';

export function yaml(): typeof YamlLibrary {
  return YamlLibrary;
}
