import { SeedqaError } from '../errors.js';

/** What completion needs to know about one command. */
export interface CompletionCommand {
  name: string;
  description: string;
  /** Long and short flags, e.g. `--seeds`, `-s`. */
  flags: string[];
  /** Flags whose value is a file or folder. */
  pathFlags: string[];
  /** Flags with a fixed set of values. */
  choices: Record<string, readonly string[]>;
}

export const SHELLS = ['bash', 'zsh', 'fish'] as const;

function bash(commands: readonly CompletionCommand[]): string {
  const cases = commands
    .map((c) => {
      const choices = Object.entries(c.choices)
        .map(([flag, values]) => `        ${flag}) COMPREPLY=($(compgen -W "${values.join(' ')}" -- "$cur")); return ;;`)
        .join('\n');
      const paths = c.pathFlags.length > 0 ? `        ${c.pathFlags.join('|')}) COMPREPLY=($(compgen -f -- "$cur")); return ;;\n` : '';
      return `    ${c.name})
      case "$prev" in
${paths}${choices}
      esac
      COMPREPLY=($(compgen -W "${c.flags.join(' ')}" -- "$cur")) ;;`;
    })
    .join('\n');
  return `# seedqa completion for bash: source this file, or add  eval "$(seedqa completion bash)"  to ~/.bashrc
_seedqa() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" command=ask word
  for word in "\${COMP_WORDS[@]:1:COMP_CWORD-1}"; do
    case "$word" in ${commands.map((c) => c.name).join('|')}) command="$word"; break ;; esac
  done
  if [[ $COMP_CWORD -eq 1 && "$cur" != -* ]]; then
    COMPREPLY=($(compgen -W "${commands.map((c) => c.name).join(' ')}" -- "$cur")); return
  fi
  case "$command" in
${cases}
  esac
}
complete -o default -F _seedqa seedqa
`;
}

function zsh(commands: readonly CompletionCommand[]): string {
  const specs = commands
    .map((c) => {
      const options = c.flags
        .filter((f) => f.startsWith('--'))
        .map((flag) => {
          const values = c.choices[flag];
          if (values) return `'${flag}[]:value:(${values.join(' ')})'`;
          if (c.pathFlags.includes(flag)) return `'${flag}[]:path:_files'`;
          return `'${flag}[]'`;
        });
      return `    ${c.name}) _arguments -s ${options.join(' ')} '*:argument:_files' ;;`;
    })
    .join('\n');
  return `#compdef seedqa
# seedqa completion for zsh: save as _seedqa in a folder of $fpath, or add  eval "$(seedqa completion zsh)"  to ~/.zshrc
_seedqa() {
  local -a commands
  commands=(${commands.map((c) => `'${c.name}:${c.description.replace(/'/g, '')}'`).join(' ')})
  if (( CURRENT == 2 )) && [[ $words[2] != -* ]]; then
    _describe command commands
    return
  fi
  local command=ask
  (( \${commands[(I)\${words[2]}:*]} )) && command=$words[2]
  case $command in
${specs}
  esac
}
if [[ $zsh_eval_context[-1] == loadautofunc ]]; then _seedqa "$@"; else compdef _seedqa seedqa; fi
`;
}

function fish(commands: readonly CompletionCommand[]): string {
  const names = commands.map((c) => c.name).join(' ');
  const lines = [
    '# seedqa completion for fish: seedqa completion fish > ~/.config/fish/completions/seedqa.fish',
  ];
  for (const c of commands) {
    lines.push(`complete -c seedqa -n "not __fish_seen_subcommand_from ${names}" -f -a ${c.name} -d "${c.description.replace(/"/g, '')}"`);
    for (const flag of c.flags.filter((f) => f.startsWith('--'))) {
      const values = c.choices[flag];
      const value = values ? ` -x -a "${values.join(' ')}"` : c.pathFlags.includes(flag) ? ' -r -F' : '';
      const condition = c.name === 'ask' ? `not __fish_seen_subcommand_from ${names.replace(/\bask\b ?/, '')}` : `__fish_seen_subcommand_from ${c.name}`;
      lines.push(`complete -c seedqa -n "${condition}" -l ${flag.slice(2)}${value}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The completion script for `shell`, listing `commands` with their flags and flag values. */
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
