/** Breaks `text` at spaces into lines of at most `width` characters (a longer word stays whole). */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  return line === '' ? lines : [...lines, line];
}

/**
 * Two columns: labels padded to one width (`styleLabel` may add terminal codes around them), and
 * descriptions wrapped under their own column.
 */
export function labelledRows(
  rows: ReadonlyArray<readonly [label: string, description: string]>,
  labelWidth: number,
  width: number,
  styleLabel: (label: string) => string = (label) => label,
): string[] {
  const indent = 2 + labelWidth + 2;
  return rows.flatMap(([label, description]) => {
    const [first = '', ...rest] = wrapText(description, width - indent);
    const padding = ' '.repeat(labelWidth - label.length + 2);
    return [`  ${styleLabel(label)}${padding}${first}`, ...rest.map((line) => `${' '.repeat(indent)}${line}`)];
  });
}
