/**
 * Per-file setup: makes the rules the global setup compiled the library's
 * built-in rules, so `loadRules()` and `extract(text)` need no compiling.
 */
import './rules.js';
