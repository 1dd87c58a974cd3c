/** A problem in a rule file: names the file, the rule or fragment, and the reason. */
export class RuleError extends Error {
  constructor(
    readonly file: string,
    readonly where: string,
    reason: string,
  ) {
    super(`${file}: ${where ? `${where}: ` : ''}${reason}`);
    this.name = 'RuleError';
  }
}
