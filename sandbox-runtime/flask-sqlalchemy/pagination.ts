/**
 * One page of results: `items`, `page`, `perPage`, `total`, `pages`, `hasNext`, `nextNum`,
 * `iterPages()`… (templates may also use Python's names: `has_next`, `next_num`, `iter_pages`).
 * `page` and `per_page` come from the request's query string unless given.
 * @example
 * const page = db.paginate(db.select(User).orderBy(User.id), { perPage: 10 });
 * @see flask_sqlalchemy/pagination.py Pagination
 */
import { abort, hasRequestContext, request } from "./flask-api.ts";

/** What `paginate` takes. */
export interface PaginateOptions {
  /** Default: `?page=`, else 1. */
  page?: number | null;
  /** Default: `?per_page=`, else 20. */
  perPage?: number | null;
  /** The largest `perPage` a request may ask for (default: no limit, as `paginate` passes None). */
  maxPerPage?: number | null;
  /** Answer 404 for a page out of range or a bad number (default true). */
  errorOut?: boolean;
  /** Count the total rows (default true). */
  count?: boolean;
}

/** How a page's items and the total are read. */
export interface PageSource<T> {
  items(limit: number, offset: number): T[];
  count(): number;
}

function intArg(name: string, fallback: number, errorOut: boolean): number {
  const raw = request.args.get(name);
  if (raw === undefined || raw === null) return fallback;
  // Python's int(): optional sign and surrounding spaces, digits (underscores between).
  const text = String(raw).trim();
  if (!/^[+-]?\d+(_\d+)*$/.test(text)) {
    if (errorOut) abort(404);
    return fallback;
  }
  return Number(text.replaceAll("_", ""));
}

/** A page of results. @see flask_sqlalchemy/pagination.py Pagination */
export class Pagination<T = unknown> implements Iterable<T> {
  readonly page: number;
  readonly perPage: number;
  readonly maxPerPage: number | null;
  readonly items: T[];
  total: number | null;
  readonly #source: PageSource<T>;

  constructor(source: PageSource<T>, options: PaginateOptions = {}) {
    const errorOut = options.errorOut ?? true;
    const maxPerPage = options.maxPerPage ?? null;
    let page = options.page ?? null;
    let perPage = options.perPage ?? null;
    if (hasRequestContext()) {
      if (page === null) page = intArg("page", 1, errorOut);
      if (perPage === null) perPage = intArg("per_page", 20, errorOut);
    }
    page ??= 1;
    perPage ??= 20;
    if (maxPerPage !== null) perPage = Math.min(perPage, maxPerPage);
    if (page < 1) {
      if (errorOut) abort(404);
      page = 1;
    }
    if (perPage < 1) {
      if (errorOut) abort(404);
      perPage = 20;
    }
    this.#source = source;
    this.page = page;
    this.perPage = perPage;
    this.maxPerPage = maxPerPage;
    const items = source.items(perPage, (page - 1) * perPage);
    if (items.length === 0 && page !== 1 && errorOut) abort(404);
    this.items = items;
    this.total = options.count === false ? null : source.count();
  }

  /** The number of the first item on the page (1-based), 0 when empty. */
  get first(): number {
    return this.items.length === 0 ? 0 : (this.page - 1) * this.perPage + 1;
  }
  /** The number of the last item on the page. */
  get last(): number {
    const first = this.first;
    return Math.max(first, first + this.items.length - 1);
  }
  /** The number of pages. */
  get pages(): number {
    if (!this.total) return 0;
    return Math.ceil(this.total / this.perPage);
  }
  get hasPrev(): boolean {
    return this.page > 1;
  }
  get prevNum(): number | null {
    return this.hasPrev ? this.page - 1 : null;
  }
  get hasNext(): boolean {
    return this.page < this.pages;
  }
  get nextNum(): number | null {
    return this.hasNext ? this.page + 1 : null;
  }
  /** The previous page's Pagination. */
  prev(options: { errorOut?: boolean } = {}): Pagination<T> {
    return this.#other(this.page - 1, options.errorOut ?? false);
  }
  /** The next page's Pagination. */
  next(options: { errorOut?: boolean } = {}): Pagination<T> {
    return this.#other(this.page + 1, options.errorOut ?? false);
  }
  #other(page: number, errorOut: boolean): Pagination<T> {
    const p = new Pagination(this.#source, {
      page,
      perPage: this.perPage,
      errorOut,
      count: false,
      maxPerPage: null,
    });
    p.total = this.total;
    return p;
  }

  /**
   * Page numbers for a page bar, `null` where numbers are skipped:
   * `1, 2, null, 5, 6, 7, 8, 9, 10, 11, null, 19, 20`.
   * @see flask_sqlalchemy/pagination.py Pagination.iter_pages
   */
  *iterPages(
    options: {
      leftEdge?: number;
      leftCurrent?: number;
      rightCurrent?: number;
      rightEdge?: number;
    } = {},
  ): Generator<number | null> {
    const { leftEdge = 2, leftCurrent = 2, rightCurrent = 4, rightEdge = 2 } = options;
    const pagesEnd = this.pages + 1;
    if (pagesEnd === 1) return;
    const leftEnd = Math.min(1 + leftEdge, pagesEnd);
    for (let n = 1; n < leftEnd; n++) yield n;
    if (leftEnd === pagesEnd) return;
    const midStart = Math.max(leftEnd, this.page - leftCurrent);
    const midEnd = Math.min(this.page + rightCurrent + 1, pagesEnd);
    if (midStart - leftEnd > 0) yield null;
    for (let n = midStart; n < midEnd; n++) yield n;
    if (midEnd === pagesEnd) return;
    const rightStart = Math.max(midEnd, pagesEnd - rightEdge);
    if (rightStart - midEnd > 0) yield null;
    for (let n = rightStart; n < pagesEnd; n++) yield n;
  }

  [Symbol.iterator](): Iterator<T> {
    return this.items[Symbol.iterator]();
  }

  // Python's names, for templates shared with a Flask twin.
  get per_page(): number {
    return this.perPage;
  }
  get max_per_page(): number | null {
    return this.maxPerPage;
  }
  get has_prev(): boolean {
    return this.hasPrev;
  }
  get has_next(): boolean {
    return this.hasNext;
  }
  get prev_num(): number | null {
    return this.prevNum;
  }
  get next_num(): number | null {
    return this.nextNum;
  }
  iter_pages(
    options: {
      left_edge?: number;
      left_current?: number;
      right_current?: number;
      right_edge?: number;
    } = {},
  ): (number | null)[] {
    return [
      ...this.iterPages({
        leftEdge: options.left_edge,
        leftCurrent: options.left_current,
        rightCurrent: options.right_current,
        rightEdge: options.right_edge,
      }),
    ];
  }
}
