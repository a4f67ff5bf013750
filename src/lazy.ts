/**
 * Code loaded when a run first needs it. Compiling the whole bundle took ~0.1 s of every run
 * (a pre-commit run on one file: most of its time), and most runs use a part of it: the
 * `yaml` package reads only the YAML files js-yaml's event reader leaves to it, an HCL
 * repository reads no YAML at all.
 *
 * The stages that need such a part are synchronous (reading a file); they take it with
 * `get()`, which throws `NotLoaded` when it is not there yet. `whenLoaded` runs such a stage,
 * and when it stopped for a part, loads it and runs the stage again: only stages that are
 * functions of their input (parsing a file, reading a config file) are run this way.
 */
export class NotLoaded extends Error {
  constructor(readonly part: LazyPart<unknown>) {
    super(`${part.name} is not loaded`);
  }
}

export class LazyPart<T> {
  private value: T | undefined;

  constructor(
    readonly name: string,
    private readonly importer: () => Promise<T>,
  ) {}

  /** The part, or `NotLoaded` thrown. */
  get(): T {
    if (this.value === undefined) throw new NotLoaded(this);
    return this.value;
  }

  async load(): Promise<T> {
    this.value ??= await this.importer();
    return this.value;
  }

  /** The part imported statically (the API entry: its synchronous functions need every part at hand). */
  provide(value: T): void {
    this.value ??= value;
  }
}

/**
 * `stage()`, or, when it stopped for a part not loaded yet, a promise of `stage()` run again
 * once the part is loaded (and again for the next part it asks for). The result is returned
 * as it is when nothing had to be loaded: a run of 100,000 files does not wait for a promise
 * per file.
 */
export function whenLoaded<T>(stage: () => T): T | Promise<T> {
  try {
    return stage();
  } catch (e) {
    if (!(e instanceof NotLoaded)) throw e;
    return loadAndRetry(stage, e, new Set());
  }
}

async function loadAndRetry<T>(stage: () => T, missing: NotLoaded, tried: Set<LazyPart<unknown>>): Promise<T> {
  for (;;) {
    // A part asked for again after it was loaded: a defect, not a reason to loop.
    if (tried.has(missing.part)) throw missing;
    tried.add(missing.part);
    await missing.part.load();
    try {
      return stage();
    } catch (e) {
      if (!(e instanceof NotLoaded)) throw e;
      missing = e;
    }
  }
}
