import { SeedqaError } from '../errors.js';

/** What completion needs to know about one flag. */
export interface CompletionOption {
  /** `--seeds` */
  long: string;
  /** `-s`, when the flag has a short form. */
  short?: string | undefined;
  description: string;
  /** What follows the flag: nothing (a switch), a path, one of fixed values, or some other value (a number). */
  value: 'none' | 'path' | 'other' | readonly string[];
  /** The flag may be given more than once (`--seeds`). */
  repeatable?: boolean;
}

/** What completion needs to know about one command. */
export interface CompletionCommand {
  name: string;
  description: string;
  options: CompletionOption[];
  /** What the command's arguments are: paths (show, eval), one of fixed values (completion's shells), or words (a question). */
  argument: 'path' | 'words' | readonly string[];
}

export const SHELLS = ['bash', 'zsh', 'fish'] as const;

const flagsOf = (o: CompletionOption): string[] => (o.short ? [o.short, o.long] : [o.long]);

function bash(commands: readonly CompletionCommand[]): string {
  const names = commands.map((c) => c.name);
  const cases = commands
    .map((c) => {
      const values = c.options
        .filter((o) => o.value !== 'none')
        .map((o) => {
          const reply = Array.isArray(o.value)
            ? `COMPREPLY=($(compgen -W "${o.value.join(' ')}" -- "$cur"))`
            : o.value === 'path'
              ? 'COMPREPLY=($(compgen -f -- "$cur"))'
              : 'compopt +o default 2>/dev/null; COMPREPLY=()';
          return `        ${flagsOf(o).join('|')}) ${reply}; return ;;`;
        });
      const flags = [...c.options.flatMap(flagsOf), '--help'].join(' ');
      const argument = Array.isArray(c.argument)
        ? `COMPREPLY=($(compgen -W "${c.argument.join(' ')}" -- "$cur"))`
        : c.argument === 'path'
          ? 'COMPREPLY=($(compgen -f -- "$cur"))'
          : 'compopt +o default 2>/dev/null; COMPREPLY=()';
      return `    ${c.name})
      case "$prev" in
${values.join('\n')}
      esac
      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "${flags}" -- "$cur")); else ${argument}; fi ;;`;
    })
    .join('\n');
  return `# seedqa completion for bash: source this file, or add  eval "$(seedqa completion bash)"  to ~/.bashrc
_seedqa() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" command=ask word
  for word in "\${COMP_WORDS[@]:1:COMP_CWORD-1}"; do
    case "$word" in ${names.join('|')}) command="$word"; break ;; esac
  done
  if [[ $COMP_CWORD -eq 1 && "$cur" != -* ]]; then
    COMPREPLY=($(compgen -W "${names.join(' ')}" -- "$cur")); return
  fi
  case "$command" in
${cases}
  esac
}
complete -o default -F _seedqa seedqa
`;
}

/** Text safe inside a zsh `_arguments` spec's description: no brackets, colons or quotes. */
const zshText = (text: string): string => text.replace(/[[\]:'\\]/g, '');

function zshSpecs(c: CompletionCommand): string[] {
  const specs = c.options.flatMap((o) => {
    const value = Array.isArray(o.value) ? `:value:(${o.value.join(' ')})` : o.value === 'path' ? ':path:_files' : o.value === 'other' ? ':value: ' : '';
    const exclusive = o.short && !o.repeatable ? `(${o.short} ${o.long})` : '';
    return flagsOf(o).map((flag) => `'${exclusive}${o.repeatable ? '*' : ''}${flag}[${zshText(o.description)}]${value}'`);
  });
  specs.push(`'(- *)--help[show help]'`);
  if (Array.isArray(c.argument)) specs.push(`'1:${c.name === 'completion' ? 'shell' : 'value'}:(${c.argument.join(' ')})'`);
  else specs.push(c.argument === 'path' ? `'*:path:_files'` : `'*:question: '`);
  return specs;
}

function zsh(commands: readonly CompletionCommand[]): string {
  const cases = commands.map((c) => `    ${c.name}) _arguments -s ${zshSpecs(c).join(' ')} ;;`).join('\n');
  return `#compdef seedqa
# seedqa completion for zsh: save as _seedqa in a folder of $fpath, or add  eval "$(seedqa completion zsh)"  to ~/.zshrc
_seedqa() {
  local -a commands
  commands=(${commands.map((c) => `'${c.name}:${zshText(c.description)}'`).join(' ')})
  if (( CURRENT == 2 )) && [[ $words[2] != -* ]]; then
    _describe command commands
    return
  fi
  local command=ask
  if (( \${commands[(I)\${words[2]}:*]} )); then
    command=$words[2]
    shift words
    (( CURRENT-- ))
  fi
  case $command in
${cases}
  esac
}
if [[ $zsh_eval_context[-1] == loadautofunc ]]; then _seedqa "$@"; else compdef _seedqa seedqa; fi
`;
}

const fishText = (text: string): string => text.replace(/["\\$]/g, '');

function fish(commands: readonly CompletionCommand[]): string {
  const names = commands.map((c) => c.name).join(' ');
  const lines = ['# seedqa completion for fish: seedqa completion fish > ~/.config/fish/completions/seedqa.fish'];
  for (const c of commands) {
    lines.push(`complete -c seedqa -n "not __fish_seen_subcommand_from ${names}" -f -a ${c.name} -d "${fishText(c.description)}"`);
    const condition = c.name === 'ask' ? `not __fish_seen_subcommand_from ${names.replace(/\bask\b ?/, '')}` : `__fish_seen_subcommand_from ${c.name}`;
    for (const o of c.options) {
      const short = o.short ? ` -s ${o.short.slice(1)}` : '';
      const value = Array.isArray(o.value) ? ` -x -a "${o.value.join(' ')}"` : o.value === 'path' ? ' -r -F' : o.value === 'other' ? ' -x' : '';
      lines.push(`complete -c seedqa -n "${condition}"${short} -l ${o.long.slice(2)}${value} -d "${fishText(o.description)}"`);
    }
    if (Array.isArray(c.argument)) lines.push(`complete -c seedqa -n "${condition}" -f -a "${c.argument.join(' ')}"`);
    else if (c.argument === 'words' && c.name !== 'ask') lines.push(`complete -c seedqa -n "${condition}" -f`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The completion script for `shell`: commands, their long and short flags, flag values (`--color`
 * modes; paths for `--seeds`; nothing for numbers such as `--limit`) and arguments (paths for
 * `show` and `eval`, the shells for `completion`).
 *
 * @example
 * ```ts
 * completionScript('fish', [{ name: 'completion', description: 'print a shell completion script', options: [], argument: ['bash', 'zsh', 'fish'] }]);
 * ```
 */
export function completionScript(shell: string, commands: readonly CompletionCommand[]): string {
  switch (shell) {
    case 'bash':
      return bash(commands);
    case 'zsh':
      return zsh(commands);
    case 'fish':
      return fish(commands);
    default:
      throw new SeedqaError(`unknown shell '${shell}': expected one of ${SHELLS.join(', ')}`);
  }
}
