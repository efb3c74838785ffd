import { type ParseArgsConfig, parseArgs } from 'node:util';

/** One command of the CLI (`newsbrief`, `newsbrief story`, `newsbrief batch`): its name in messages and its help. */
export interface Command {
  name: string;
  usage: string;
}

/** Prints a usage error with the command's help on stderr; returns exit code 2. */
export function usageError(command: Command, message: string): number {
  process.stderr.write(`${command.name}: ${message}\n\n${command.usage}\n`);
  return 2;
}

/**
 * Parses a command's arguments the one way every command does: a parse
 * error is a usage error (exit 2), and `--help` (which every command's
 * options include) prints the help (exit 0). Returns the parsed values, or
 * the exit code to stop with.
 */
export function parseCommand<T extends ParseArgsConfig & { options: { help: { type: 'boolean' } } }>(
  command: Command,
  config: T,
): ReturnType<typeof parseArgs<T>> | number {
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    return usageError(command, (error as Error).message);
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(`${command.usage}\n`);
    return 0;
  }
  return parsed;
}
