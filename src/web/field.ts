/**
 * A value of an API response together with where it came from: the operation's result (`source`)
 * and the path into it (`compare.signals[2].cells[1].value`). Every figure a page prints is marked
 * with both (`data-source`, `data-path`), so a test can look each one up in the API's own answer.
 */
export class Field<T> {
  constructor(
    readonly source: string,
    readonly path: string,
    readonly value: T,
  ) {}

  /** The field `key` of this object; null or undefined when this value is. */
  at<K extends keyof NonNullable<T>>(key: K): Field<NonNullable<T>[K] | Extract<T, null | undefined>> {
    const child = this.value === null || this.value === undefined ? this.value : (this.value as NonNullable<T>)[key];
    return new Field(this.source, this.path ? `${this.path}.${String(key)}` : String(key), child as NonNullable<T>[K] | Extract<T, null | undefined>);
  }

  /** This field, typed as present; undefined when its value is null or undefined. */
  present(): Field<NonNullable<T>> | undefined {
    return this.value === null || this.value === undefined ? undefined : (this as Field<NonNullable<T>>);
  }

  /** The items of a list, each with its index in the path. */
  items<Item>(this: Field<readonly Item[]>): Field<Item>[] {
    return this.value.map((item, index) => new Field(this.source, `${this.path}[${index}]`, item));
  }

  /** The first item matching, e.g. a model's cell of a row. */
  find<Item>(this: Field<readonly Item[]>, matches: (item: Item) => boolean): Field<Item> | undefined {
    return this.items().find((item) => matches(item.value));
  }
}

export const root = <T>(source: string, value: T) => new Field(source, '', value);
