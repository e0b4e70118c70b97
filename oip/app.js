'use strict';
// What the oip/ modules need from the app they stand in: its record types.
// The original helpers lived in the app's helpers/ directory and required
// '../config/templates.config' relative to themselves. The one-line
// re-export sits where they sat, so the module that required an oip/ module
// is where the search starts; the working directory is the fallback.

const path = require('path');

/** The app's templates file, or null. */
function templatesFile(requirer) {
  const candidates = [];
  if (requirer) candidates.push(path.join(path.dirname(requirer), '..', 'config', 'templates.config'));
  candidates.push(path.join(process.cwd(), 'config', 'templates.config'));
  for (const candidate of candidates) {
    try {
      return require.resolve(candidate);
    } catch {
      // not there: the next candidate
    }
  }
  return null;
}

/**
 * The keys of the app's `defaultTemplates`, or undefined (with a warning)
 * when the file is missing or broken: the service then syncs the types of
 * `OIP_RECORD_TYPES`, or none, instead of failing the app's startup.
 */
function appRecordTypes(requirer) {
  if (!found.has(requirer)) found.set(requirer, readRecordTypes(requirer));
  return found.get(requirer);
}

// Per requirer, read once: the deletion registry is constructed per request.
const found = new Map();

function readRecordTypes(requirer) {
  const file = templatesFile(requirer);
  if (!file) {
    console.warn('[oip-gun-sync] config/templates.config.js not found beside the app\'s helpers/ or in the working directory; set OIP_RECORD_TYPES to the record types to sync');
    return undefined;
  }
  try {
    return Object.keys(require(file).defaultTemplates || {});
  } catch (e) {
    console.warn(`[oip-gun-sync] ${file} could not be read (${e.message}); set OIP_RECORD_TYPES to the record types to sync`);
    return undefined;
  }
}

module.exports = { appRecordTypes };
