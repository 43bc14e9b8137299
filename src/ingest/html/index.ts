export type { DomElement, DomPage } from './dom';
export { isPageFurniture } from './is-page-furniture';
export { removePageChrome } from './remove-page-chrome';
