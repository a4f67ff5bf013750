/**
 * Terraform template files (`templatefile("values.tpl", {…})`, `.tftpl`): text with `${…}`
 * interpolations and `%{…}` directives, rendered at plan time. A YAML one (the consul chart's
 * values written for `helm_release`) is read as the chart templates are: each sequence is
 * blanked, a line holding only sequences is skipped, what is left is parsed as YAML, the
 * templated values are unknown and nothing in the file is ever a parse error (it is not YAML
 * until Terraform renders it). Syntax: hashicorp/hcl `hclsyntax` template language (`$${` and
 * `%%{` are escapes for a literal `${` and `%{`).
 */

/** The `${…}` / `%{…}` sequences of a text (start, end offsets); nested braces and strings included. */
export function terraformTemplateSequences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < text.length - 1) {
    const c = text[i]!;
    if ((c === '$' || c === '%') && text[i + 1] === '{') {
      if (text[i - 1] === c) {
        // `$${` / `%%{`: a literal, not a sequence.
        i += 2;
        continue;
      }
      let j = i + 2;
      let depth = 1;
      let quote = false;
      while (j < text.length && depth > 0) {
        const d = text[j]!;
        if (quote) {
          if (d === '\\') j++;
          else if (d === '"') quote = false;
        } else if (d === '"') quote = true;
        else if (d === '{') depth++;
        else if (d === '}') depth--;
        else if (d === '\n' && depth === 1 && c === '$') break; // unterminated: stop at the line
        j++;
      }
      out.push([i, j]);
      i = j;
      continue;
    }
    i++;
  }
  return out;
}

