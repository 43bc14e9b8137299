export {
  parseCommandLine,
  UsageError,
  wholeNumberOption,
  type CommandLine,
  type OptionSpec,
} from './command-line';
export { describeFailure } from './describe-failure';
export { EXIT_STATUS, runCommand, type Command } from './run-command';
