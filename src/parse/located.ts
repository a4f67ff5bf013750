/**
 * The format-neutral located value tree every parser produces. Rules and the model
 * only ever see these types, so a finding can always point at the exact key or value.
 */

/** A point in a file. `line` and `column` are 1-based; columns count UTF-16 code units. */
export interface Position {
  line: number;
  column: number;
  /** 0-based offset into the decoded text (BOM removed). */
  offset: number;
}

/** A half-open range: `end` is the position just after the last character. */
export interface SourceRange {
  start: Position;
  end: Position;
  /**
   * Set only in a tree built from several files (a kustomize overlay's patched resource):
   * the file this range is in when it is not the one the tree's entry comes from.
   */
  file?: string;
}

export type LNode = LObject | LArray | LScalar;

export interface LObject {
  type: 'object';
  range: SourceRange;
  /** Every key occurrence in source order; duplicates are kept (decoders decide). */
  props: LProperty[];
}

export interface LProperty {
  key: string;
  keyRange: SourceRange;
  value: LNode;
  /** From the start of the key to the end of the value. */
  range: SourceRange;
  /** HCL only: written as a block `Key { ... }` rather than `Key = ...`. */
  block?: boolean;
}

export interface LArray {
  type: 'array';
  range: SourceRange;
  items: LNode[];
}

export type ScalarType = 'string' | 'number' | 'boolean' | 'null';

export interface LScalar {
  type: ScalarType;
  value: string | number | boolean | null;
  range: SourceRange;
  /** The source text of the value, e.g. `"permissive"`, `1e3`, `yes`. */
  raw: string;
}

export interface Comment {
  /** Text without the comment markers, trimmed. */
  text: string;
  range: SourceRange;
}

export interface ParseProblem {
  message: string;
  range: SourceRange;
  /** `fatal` problems mean the document (or file) could not be read; others are warnings. */
  fatal: boolean;
  /** Index of the YAML document it belongs to, when known. */
  documentIndex?: number;
  /** A problem that loses nothing a reader keeps (a repeated key whose last value is read): a warning at most. */
  atMost?: 'warning';
  /** Other places the problem involves (the earlier occurrence of a repeated key). */
  related?: { range: SourceRange; message: string }[];
}

export interface LocatedDocument {
  /** 0-based position among the documents of a multi-document file. */
  index: number;
  root: LNode;
  range: SourceRange;
}

export type SourceFormat = 'hcl' | 'json' | 'yaml' | 'terraform';

export interface ParseResult {
  documents: LocatedDocument[];
  comments: Comment[];
  problems: ParseProblem[];
  /** Go templates: the places only the rendering knows (src/parse/go-template.ts); findings there are not raised. */
  unknownRanges?: SourceRange[];
  /** …and the objects holding such a value: a finding exactly at one is not raised either. */
  unknownObjects?: SourceRange[];
  /**
   * Terraform: consul chart values written inside the file (a heredoc of `helm_release`
   * `values`, a `local_file` `content`), parsed as YAML at their place in the file.
   */
  embeddedValues?: LocatedDocument[];
}
