/** The little of the DOM the HTML reader touches; the project compiles without the DOM library. */
export interface DomElement {
  readonly textContent: string | null;
  readonly tagName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
  remove(): void;
}

/** A parsed page: what can be looked up in it. */
export interface DomPage {
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
  readonly body: DomElement | null;
}
