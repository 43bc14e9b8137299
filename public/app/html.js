// One tagged template for every component: htm turns it into Preact's virtual DOM, no compiler needed.
import { h } from 'preact';
import htm from 'htm';

export const html = htm.bind(h);
