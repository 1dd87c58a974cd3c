/**
 * Before each test file: the rules the global setup compiled become the
 * library's built-in rules, so `loadRules()` and `extract(text)` need no
 * compiling.
 */
import { installBuiltinRules } from './rules.js';

installBuiltinRules();
